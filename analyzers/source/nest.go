package source

import "sort"

// nestDepth bounds the walk up nested spans: real code nests far less
// (CPython refuses more than 20 statically nested blocks), so deeper files
// are hostile and what lies past the bound is ignored, keeping every
// lookup cheap.
const nestDepth = 64

// Nest finds the spans holding a position: spans of one tree's nodes (or
// of blocks of one file), which nest or are disjoint, sorted by start with
// each one's parent.
type Nest struct {
	spans  []Span
	order  []int
	parent []int
}

// NewNest indexes spans that nest or are disjoint.
func NewNest(spans []Span) *Nest {
	n := &Nest{spans: spans, order: make([]int, len(spans)), parent: make([]int, len(spans))}
	for i := range n.order {
		n.order[i] = i
	}
	sort.SliceStable(n.order, func(i, j int) bool {
		a, b := spans[n.order[i]], spans[n.order[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	var stack []int
	for _, i := range n.order {
		for len(stack) > 0 && !spans[stack[len(stack)-1]].Contains(spans[i]) {
			stack = stack[:len(stack)-1]
		}
		n.parent[i] = -1
		if len(stack) > 0 {
			n.parent[i] = stack[len(stack)-1]
		}
		stack = append(stack, i)
	}
	return n
}

// Holding calls fn with the index of each span holding sp, innermost
// first, at most 64 of them, until fn returns false.
func (n *Nest) Holding(sp Span, fn func(i int) bool) {
	k := sort.Search(len(n.order), func(k int) bool { return n.spans[n.order[k]].Start > sp.Start }) - 1
	if k < 0 {
		return
	}
	// The last span starting before sp either holds it or ends before it;
	// then its nearest ancestor holding sp is on its parent chain.
	for i, steps := n.order[k], 0; i >= 0 && steps < nestDepth; i, steps = n.parent[i], steps+1 {
		if n.spans[i].Contains(sp) && !fn(i) {
			return
		}
	}
}

// Starting calls fn with the index of each span starting inside sp, in
// order of start, until fn returns false.
func (n *Nest) Starting(sp Span, fn func(i int) bool) {
	k := sort.Search(len(n.order), func(k int) bool { return n.spans[n.order[k]].Start >= sp.Start })
	for ; k < len(n.order) && n.spans[n.order[k]].Start < sp.End; k++ {
		if !fn(n.order[k]) {
			return
		}
	}
}
