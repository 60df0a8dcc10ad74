package blockingcallviahelper

import (
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// The Python instance of the search.
type (
	chains = chainsOf[pydefs.Def, python.Call]
	step   = stepOf[pydefs.Def, python.Call]
)

var pythonLang = lang[pydefs.Def, python.Call]{
	name: pydefs.DisplayName,
	where: func(a, b pydefs.Def) bool {
		if a.FF.Path != b.FF.Path {
			return a.FF.Path < b.FF.Path
		}
		return a.Scope < b.Scope
	},
	text:   func(c *python.Call) string { return c.Text },
	before: (*python.Call).Before,
}

// pyCall is a call a synchronous function makes: a blocking call (hit
// set) or a call of another synchronous function of the repository (to).
type pyCall struct {
	from, to pydefs.Def
	call     *python.Call
	hit      blocking.Hit
}

// pythonCalls lists the calls of every synchronous Python function once,
// resolved, for the chain searches to replay. A function named in the
// rule's extra-allowed option blocks nothing, so no chain runs through it.
func pythonCalls(py *python.Result, calls *blocking.View, x *pydefs.Index) []pyCall {
	var out []pyCall
	for _, p := range py.Paths {
		ff := py.Files[p]
		for c, h := range calls.PythonCalls(p) {
			from, ok := pydefs.Owner(ff, c.Scope)
			if !ok || ff.Scopes[from].Kind != python.Def || calls.Allowed(ff.Scopes[from].Qual) {
				continue
			}
			fd := pydefs.Def{FF: ff, Scope: from}
			if h.Blocks() {
				out = append(out, pyCall{from: fd, call: c, hit: h})
			} else if to, ok := x.ResolveCall(ff, c); ok && to.S().Kind == python.Def {
				out = append(out, pyCall{from: fd, to: to, call: c})
			}
		}
	}
	return out
}

// newChains searches the chains of the Python functions through the calls
// keep accepts (nil: all; to is zero for a blocking call).
func newChains(calls []pyCall, keep func(from pydefs.Def, c *python.Call, to pydefs.Def) bool) *chains {
	return newChainsOf(pythonLang, func(blocks func(pydefs.Def, *python.Call, blocking.Hit), edge func(pydefs.Def, *python.Call, pydefs.Def)) {
		for _, pc := range calls {
			switch {
			case keep != nil && !keep(pc.from, pc.call, pc.to):
			case pc.hit.Blocks():
				blocks(pc.from, pc.call, pc.hit)
			default:
				edge(pc.from, pc.call, pc.to)
			}
		}
	})
}

// lang is what the chain search needs to know of one language: how to name
// a function, order two functions by where they are, and name and order
// two calls.
type lang[D comparable, C any] struct {
	name   func(D) string
	where  func(a, b D) bool // by path, then position
	text   func(*C) string
	before func(a, b *C) bool
}

// stepOf is the first step of the best chain from a synchronous function down
// to a blocking call: the call it makes and either the next function or, at
// the end, the blocking hit.
type stepOf[D comparable, C any] struct {
	dist int
	call *C
	next D // zero at the end of the chain
	hit  blocking.Hit
	// end is the function making the blocking call, so a finding can show
	// the end of a deep chain without walking it.
	end D
	// rank orders the chains of one length: by the names along the chain,
	// then by where the functions are. Comparing ranks keeps the choice
	// between two chains constant-time however deep they are.
	rank int
}

func (s stepOf[D, C]) last() bool {
	var zero D
	return s.next == zero
}

// edge is a call from a synchronous function to another.
type edge[D comparable, C any] struct {
	from D
	call *C
}

// chainsOf holds, for every synchronous function of the repository that
// blocks directly or through further synchronous repository functions, the
// first step of its shortest chain down to a blocking call, ties broken by
// the names along the chain, then by paths and offsets.
type chainsOf[D comparable, C any] struct {
	best map[D]stepOf[D, C]
	lang lang[D, C]
}

// graph is what a language's facts give the search: each synchronous
// function's blocking calls (blocks) and its calls of other synchronous
// repository functions (calls), in a deterministic order.
type graph[D comparable, C any] func(blocks func(from D, c *C, h blocking.Hit), calls func(from D, c *C, to D))

// newChainsOf runs a breadth-first search backwards from the blocking calls,
// one chain length at a time, so cycles end, every function is settled
// once, and nothing recurses.
func newChainsOf[D comparable, C any](l lang[D, C], g graph[D, C]) *chainsOf[D, C] {
	ch := &chainsOf[D, C]{best: map[D]stepOf[D, C]{}, lang: l}
	callers := map[D][]edge[D, C]{}
	var frontier []D
	g(func(fd D, c *C, h blocking.Hit) {
		old, seen := ch.best[fd]
		if !seen {
			frontier = append(frontier, fd)
		}
		// Several blocking calls: the first by text, then offset.
		if !seen || l.text(c) < l.text(old.call) || l.text(c) == l.text(old.call) && l.before(c, old.call) {
			ch.best[fd] = stepOf[D, C]{dist: 1, call: c, hit: h, end: fd}
		}
	}, func(fd D, c *C, to D) {
		callers[to] = append(callers[to], edge[D, C]{fd, c})
	})
	for dist := 2; len(frontier) > 0; dist++ {
		ch.rank(frontier)
		var next []D
		for _, to := range frontier {
			for _, e := range callers[to] {
				s := stepOf[D, C]{dist: dist, call: e.call, next: to, end: ch.best[to].end}
				old, seen := ch.best[e.from]
				if seen && old.dist < dist {
					continue // settled by a shorter chain
				}
				if !seen {
					next = append(next, e.from)
				}
				if !seen || ch.better(s, old) {
					ch.best[e.from] = s
				}
			}
		}
		frontier = next
	}
	return ch
}

// better tells whether s beats old as a function's first step; both lead
// to chains of one length, whose next functions are ranked.
func (ch *chainsOf[D, C]) better(s, old stepOf[D, C]) bool {
	rs, ro := ch.best[s.next].rank, ch.best[old.next].rank
	if rs != ro {
		return rs < ro
	}
	return ch.lang.before(s.call, old.call) // two calls of one function: the first
}

// rank numbers the functions of one chain length by their chains: own name,
// then the rest of the chain (the next function's rank, or the blocking
// call's text), then path and position.
func (ch *chainsOf[D, C]) rank(layer []D) {
	type keyed struct {
		d    D
		name string
		rest int
		hit  string
	}
	ks := make([]keyed, len(layer))
	for i, d := range layer {
		s := ch.best[d]
		k := keyed{d: d, name: ch.lang.name(d)}
		if s.last() {
			k.hit = ch.lang.text(s.call)
		} else {
			k.rest = ch.best[s.next].rank
		}
		ks[i] = k
	}
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		switch {
		case a.name != b.name:
			return a.name < b.name
		case a.rest != b.rest:
			return a.rest < b.rest
		case a.hit != b.hit:
			return a.hit < b.hit
		}
		return ch.lang.where(a.d, b.d)
	})
	for i, k := range ks {
		s := ch.best[k.d]
		s.rank = i
		ch.best[k.d] = s
	}
}

// walk calls fn for each step of the chain from d down, at most limit
// steps before the last, always ending with the blocking call; it returns
// how many middle steps it left out. It costs limit steps, however deep the
// chain.
func (ch *chainsOf[D, C]) walk(d D, limit int, fn func(from D, s stepOf[D, C])) (skipped int) {
	s := ch.best[d]
	for n := 0; n < limit && !s.last(); n++ {
		fn(d, s)
		d = s.next
		s = ch.best[d]
	}
	if !s.last() {
		skipped = s.dist - 1
		d = s.end
		s = ch.best[d]
	}
	fn(d, s)
	return skipped
}
