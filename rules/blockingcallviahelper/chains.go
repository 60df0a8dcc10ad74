package blockingcallviahelper

import (
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// step is the first step of the best chain from a synchronous function down
// to a blocking call: the call it makes and either the next function or, at
// the end, the blocking hit.
type step struct {
	dist int
	call *python.Call
	next pydefs.Def // zero at the end of the chain
	hit  blocking.Hit
	// end is the function making the blocking call, so a finding can show
	// the end of a deep chain without walking it.
	end pydefs.Def
	// rank orders the chains of one length: by the names along the chain,
	// then by where the functions are. Comparing ranks keeps the choice
	// between two chains constant-time however deep they are.
	rank int
}

func (s step) last() bool { return s.next == (pydefs.Def{}) }

// edge is a call from a synchronous function to another.
type edge struct {
	from pydefs.Def
	call *python.Call
}

// chains holds, for every synchronous function of the repository that
// blocks directly or through further synchronous repository functions, the
// first step of its shortest chain down to a blocking call, ties broken by
// the names along the chain, then by paths and offsets.
type chains struct {
	best map[pydefs.Def]step
}

// newChains runs a breadth-first search backwards from the blocking calls,
// one chain length at a time, so cycles end, every function is settled
// once, and nothing recurses.
func newChains(py *python.Result, calls *blocking.View, x *pydefs.Index) *chains {
	ch := &chains{best: map[pydefs.Def]step{}}
	callers := map[pydefs.Def][]edge{}
	var frontier []pydefs.Def
	for _, p := range py.Paths {
		ff := py.Files[p]
		for c, h := range calls.PythonCalls(p) {
			from, ok := pydefs.Owner(ff, c.Scope)
			if !ok || ff.Scopes[from].Kind != python.Def {
				continue
			}
			fd := pydefs.Def{FF: ff, Scope: from}
			if h.Blocks() {
				old, seen := ch.best[fd]
				if !seen {
					frontier = append(frontier, fd)
				}
				// Several blocking calls: the first by text, then offset.
				if !seen || c.Text < old.call.Text || c.Text == old.call.Text && c.Before(old.call) {
					ch.best[fd] = step{dist: 1, call: c, hit: h, end: fd}
				}
				continue
			}
			if to, ok := x.ResolveCall(ff, c); ok && to.S().Kind == python.Def {
				callers[to] = append(callers[to], edge{fd, c})
			}
		}
	}
	for dist := 2; len(frontier) > 0; dist++ {
		ch.rank(frontier)
		var next []pydefs.Def
		for _, to := range frontier {
			for _, e := range callers[to] {
				s := step{dist: dist, call: e.call, next: to, end: ch.best[to].end}
				old, seen := ch.best[e.from]
				if seen && old.dist < dist {
					continue // settled by a shorter chain
				}
				if !seen {
					next = append(next, e.from)
				}
				if !seen || ch.better(e.from, s, old) {
					ch.best[e.from] = s
				}
			}
		}
		frontier = next
	}
	return ch
}

// better tells whether s beats old as from's first step; both lead to
// chains of one length, whose next functions are ranked.
func (ch *chains) better(from pydefs.Def, s, old step) bool {
	rs, ro := ch.best[s.next].rank, ch.best[old.next].rank
	if rs != ro {
		return rs < ro
	}
	return s.call.Before(old.call) // two calls of one function: the first
}

// rank numbers the functions of one chain length by their chains: own name,
// then the rest of the chain (the next function's rank, or the blocking
// call's text), then path and position.
func (ch *chains) rank(layer []pydefs.Def) {
	type keyed struct {
		d    pydefs.Def
		name string
		rest int
		hit  string
	}
	ks := make([]keyed, len(layer))
	for i, d := range layer {
		s := ch.best[d]
		k := keyed{d: d, name: pydefs.DisplayName(d)}
		if s.last() {
			k.hit = s.call.Text
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
		case a.d.FF.Path != b.d.FF.Path:
			return a.d.FF.Path < b.d.FF.Path
		}
		return a.d.Scope < b.d.Scope
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
func (ch *chains) walk(d pydefs.Def, limit int, fn func(from pydefs.Def, s step)) (skipped int) {
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
