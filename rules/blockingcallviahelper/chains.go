package blockingcallviahelper

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// step is the first step of the best chain from a synchronous function down
// to a blocking call: the call it makes (an index in its file's Calls) and
// either the next function or, at the end, the blocking hit.
type step struct {
	dist int
	call int
	next def // zero at the end of the chain
	hit  blocking.Hit
}

// edge is a call from a synchronous function to another.
type edge struct {
	from def
	call int
}

// chains computes, for every synchronous function of the repository that
// blocks directly or through further synchronous repository functions, the
// shortest chain down to a blocking call, ties broken by names, then paths
// and offsets. It runs a breadth-first search backwards from the blocking
// calls, so cycles end and every function is visited once, without
// recursion.
type chains struct {
	x    *index
	best map[def]step
}

func newChains(py *python.Result, hits *blocking.Result, x *index) *chains {
	ch := &chains{x: x, best: map[def]step{}}
	callers := map[def][]edge{}
	var frontier []def
	for _, p := range py.Paths {
		ff := py.Files[p]
		hitAt := map[int]blocking.Hit{}
		for _, h := range hits.Python[p] {
			hitAt[h.Call] = h
		}
		for i, c := range ff.Calls {
			from, ok := owner(ff, c.Scope)
			if !ok || ff.Scopes[from].Kind != python.Def {
				continue
			}
			fd := def{ff, from}
			if h, ok := hitAt[i]; ok {
				s := step{dist: 1, call: i, hit: h}
				if old, seen := ch.best[fd]; !seen || ch.less(fd, s, old) {
					if !seen {
						frontier = append(frontier, fd)
					}
					ch.best[fd] = s
				}
				continue
			}
			if to, ok := x.resolveCall(ff, c); ok && to.s().Kind == python.Def {
				callers[to] = append(callers[to], edge{fd, i})
			}
		}
	}
	for len(frontier) > 0 {
		var next []def
		for _, to := range frontier {
			for _, e := range callers[to] {
				s := step{dist: ch.best[to].dist + 1, call: e.call, next: to}
				old, seen := ch.best[e.from]
				if seen && old.dist < s.dist {
					continue // reached in an earlier round
				}
				if !seen {
					next = append(next, e.from)
				}
				if !seen || ch.less(e.from, s, old) {
					ch.best[e.from] = s
				}
			}
		}
		frontier = next
	}
	return ch
}

// owner is the function that makes a call standing in scope: the nearest
// enclosing def or async def, through class bodies (a class body runs when
// the function defining it does) but not through lambdas or nested defs.
func owner(ff *python.FileFacts, scope int) (int, bool) {
	for scope >= 0 {
		switch ff.Scopes[scope].Kind {
		case python.Def, python.AsyncDef:
			return scope, true
		case python.Lambda:
			return 0, false
		}
		scope = ff.Scopes[scope].Parent
	}
	return 0, false
}

// less orders two candidate first steps of from's chain, of the same length
// (the search goes by length): step by step by name, path and call offset.
func (ch *chains) less(from def, a, b step) bool {
	fa, fb := from, from
	for {
		ka, kb := ch.key(fa, a), ch.key(fb, b)
		if ka != kb {
			return ka.less(kb)
		}
		if a.next == (def{}) || b.next == (def{}) {
			return false
		}
		fa, fb = a.next, b.next
		a, b = ch.best[fa], ch.best[fb]
	}
}

type stepKey struct {
	name, path string
	offset     int
}

func (k stepKey) less(o stepKey) bool {
	if k.name != o.name {
		return k.name < o.name
	}
	if k.path != o.path {
		return k.path < o.path
	}
	return k.offset < o.offset
}

// key names what a step calls and where.
func (ch *chains) key(from def, s step) stepKey {
	c := from.ff.Calls[s.call]
	name := c.Text
	if s.next != (def{}) {
		name = displayName(s.next)
	}
	return stepKey{name, from.ff.Path, c.Span.Start}
}

// names is the chain from fn down: "load_settings", "read_file", "open".
func (ch *chains) names(fn def) []string {
	out := []string{displayName(fn)}
	for {
		s := ch.best[fn]
		if s.next == (def{}) {
			return append(out, fn.ff.Calls[s.call].Text)
		}
		fn = s.next
		out = append(out, displayName(fn))
	}
}

// displayName is a function's name inside its module: "load",
// "Store.load", "outer.inner".
func displayName(d def) string {
	return strings.TrimPrefix(strings.TrimPrefix(d.s().Qual, d.ff.Module), ".")
}
