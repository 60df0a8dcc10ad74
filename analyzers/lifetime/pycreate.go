package lifetime

import (
	"fmt"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// escape is where the value of a call goes.
type escape uint8

const (
	// local values die with the call that made them.
	local escape = iota
	// stored values outlive it: an attribute of a long-lived object, a
	// global, a cache entry, a container.
	stored
	// returned and yielded values go to the caller, who decides.
	returned
)

// ctorMethods run once per object: what they store on self lives as
// long as the object, which its own constructor call decides.
var ctorMethods = map[string]bool{"__init__": true, "__aenter__": true, "__enter__": true, "__post_init__": true, "__new__": true}

// perCallRoots are attribute roots that live for one request (Flask's g,
// a request's state): storing there is storing locally.
var perCallRoots = map[string]bool{"request": true, "req": true, "g": true, "websocket": true, "ws": true, "scope": true, "ctx": true, "context": true}

// addMethods put their argument into a container the caller keeps.
var addMethods = map[string]bool{"append": true, "add": true, "setdefault": true, "put": true, "put_nowait": true, "insert": true, "appendleft": true, "enter_context": true, "enter_async_context": true}

// escapeOf tells where the value of call c, made in function fn, goes.
// A value passed straight to another call (`return cls(redis=Redis())`,
// `self.pool.append(connect())`) goes where that call's value goes, a few
// calls out at most.
func (f *pyFile) escapeOf(fn int, c *python.Call) escape {
	for n := 0; n < maxWrap; n++ {
		if st, ok := f.storeOf[c.CallSpan]; ok {
			return f.storeEscape(fn, st)
		}
		o, ok := f.directArgumentOf(c)
		if !ok {
			return local
		}
		if addMethods[python.LastName(o.Text)] {
			return stored
		}
		c = o
	}
	return local
}

// maxWrap bounds how many wrapping calls escapeOf looks through.
const maxWrap = 4

// directArgumentOf is the call that takes c itself as an argument, not a
// value computed from it: o for o(c()) and o(x=c()), none for o(c().get()).
func (f *pyFile) directArgumentOf(c *python.Call) (*python.Call, bool) {
	var o *python.Call
	f.callNest.Holding(c.CallSpan, func(i int) bool {
		if cand := &f.ff.Calls[i]; cand.CallSpan != c.CallSpan && !cand.Span.Contains(c.CallSpan) {
			o = cand
			return false
		}
		return true
	})
	if o == nil {
		return nil, false
	}
	want := text(f.src, c.CallSpan)
	for _, a := range f.args(o) {
		if a == want {
			return o, true
		}
	}
	return nil, false
}

func (f *pyFile) storeEscape(fn int, st *python.Store) escape {
	switch st.Kind {
	case python.StoreReturn, python.StoreYield:
		return returned
	case python.StoreItem:
		return stored
	case python.StoreAttr:
		root, _, _ := strings.Cut(st.Target, ".")
		switch {
		case perCallRoots[root]:
			return local
		case root == "self" && ctorMethods[f.ff.Scopes[fn].Name]:
			return returned
		}
		return stored
	case python.StoreName:
		if f.globals[fn][st.Target] {
			return stored
		}
		return f.nameEscape(fn, st)
	}
	return local
}

// nameEscape follows a local name one step: `c = make(); self.c = c` or
// `return c`.
func (f *pyFile) nameEscape(fn int, st *python.Store) escape {
	out := local
	for _, o := range f.storesOfName[nameKey{fn, st.Target}] {
		if o.Span.Start < st.Span.End {
			continue
		}
		switch e := f.storeEscape(fn, o); e {
		case stored:
			return stored
		case returned:
			out = returned
		}
	}
	return out
}

// context is a scope that runs per request, message, item or call.
type perScope struct {
	per, where string
}

// direct tells whether a call made in fn with value going to e runs per
// request, message, item or call of a long-lived object's method.
func (r *pyRepo) direct(f *pyFile, fn int, c *python.Call, e escape) (perScope, bool) {
	if e == stored {
		return perScope{}, false
	}
	s := f.ff.Scopes[fn]
	name := pydefs.DisplayName(pydefs.Def{FF: f.ff, Scope: fn})
	ro := r.role(f, fn)
	if ro == asyncctx.Once || ro == asyncctx.Cached {
		return perScope{}, false
	}
	if loop, ok := f.inLoop(fn, c.CallSpan); ok && e == local && !f.reconnect(loop, c) {
		return perScope{per: "iteration", where: "a loop in " + name}, true
	}
	switch ro {
	case asyncctx.RequestHandler, asyncctx.MsgHandler, asyncctx.WSHandler, asyncctx.Dependency:
		return perScope{per: ro.Per(), where: ro.KindName() + " " + name}, true
	}
	if f.ownClass(fn) >= 0 && e == local && !ctorMethods[s.Name] && !strings.HasPrefix(s.Name, "__") && !strings.HasPrefix(s.Name, "test") && !f.alternativeCtor(fn) {
		return perScope{per: "call", where: "method " + name}, true
	}
	return perScope{}, false
}

// reconnect tells a loop that makes a new connection only after the last
// one failed: a while loop whose creation sits in a try with a handler, or
// a while or for loop that sleeps before trying again (for attempt in
// range(n)). A for loop over items often wraps each item's work in a try,
// so for it only the sleep tells a retry.
func (f *pyFile) reconnect(loop *python.Block, c *python.Call) bool {
	switch loop.Kind {
	case python.WhileBlock:
	case python.ForBlock:
		return f.sleepsIn(loop.Body)
	default:
		return false
	}
	guarded := false
	f.enclosing(c.CallSpan, func(i int, b *python.Block) bool {
		if !loop.Body.Contains(b.Span) {
			return false
		}
		if b.Kind == python.TryBlock && b.Body.Contains(c.CallSpan) && f.handled(i) {
			guarded = true
			return false
		}
		return true
	})
	return guarded || f.sleepsIn(loop.Body)
}

// sleepsIn tells whether some call in sp sleeps or backs off, memoised
// by span.
func (f *pyFile) sleepsIn(sp source.Span) bool {
	if v, ok := f.sleeps[sp]; ok {
		return v
	}
	calls, v := f.ff.Calls, false
	i := sort.Search(len(calls), func(i int) bool { return calls[i].CallSpan.Start >= sp.Start })
	for ; i < len(calls) && calls[i].CallSpan.Start < sp.End; i++ {
		n := python.LastName(calls[i].Callee)
		if n == "" {
			n = python.LastName(calls[i].Text)
		}
		if n == "sleep" || strings.Contains(n, "backoff") {
			v = true
			break
		}
	}
	f.sleeps[sp] = v
	return v
}

// maker is a constructor call whose object lives no longer than a call of
// the function making it: who calls the function decides.
type maker struct {
	f    *pyFile
	c    *python.Call
	ctor *Ctor
}

// reach is the first step of the shortest chain from a per-call scope down
// to a function: the call into it and the function making that call.
type reach struct {
	from defKey
	call *python.Call
	// ctx is the per-call scope at the top of the chain.
	ctx  perScope
	dist int
}

// creations finds every constructor call that runs per call, directly or
// through the repository's helpers and factories.
func (r *pyRepo) creations() []Creation {
	var out []Creation
	makers := map[defKey][]maker{}
	var keys []defKey
	for _, p := range r.py.Paths {
		f := r.files[p]
		if f.test {
			continue
		}
		for i := range f.ff.Calls {
			c := &f.ff.Calls[i]
			ctor, ok := pythonCtor(c.Callee)
			if !ok {
				continue
			}
			fn := f.owner(c.Scope)
			if fn < 0 {
				continue
			}
			e := f.escapeOf(fn, c)
			if ctx, ok := r.direct(f, fn, c, e); ok {
				out = append(out, Creation{Path: p, Span: c.Span, Text: c.Text, Ctor: ctor, Per: ctx.per, Where: ctx.where})
				continue
			}
			if e == stored || r.role(f, fn) == asyncctx.Once || r.role(f, fn) == asyncctx.Cached {
				continue
			}
			k := defKey{p, fn}
			if len(makers[k]) == 0 {
				keys = append(keys, k)
			}
			makers[k] = append(makers[k], maker{f, c, ctor})
		}
	}
	if len(keys) == 0 {
		return out
	}
	best := r.chains()
	for _, k := range keys {
		top, ok := best[k]
		if !ok {
			continue
		}
		chain := r.walk(best, k)
		for _, m := range makers[k] {
			out = append(out, Creation{Path: k.path, Span: m.c.Span, Text: m.c.Text, Ctor: m.ctor,
				Per: top.ctx.per, Where: top.ctx.where, Chain: chain})
		}
	}
	return out
}

// chains runs a breadth-first search from every call made in a per-call
// scope down through the repository's functions, one chain length at a
// time, so each function keeps its shortest chain and cycles end. Calls
// whose value is stored, and functions that run once or are cached, stop
// it.
func (r *pyRepo) chains() map[defKey]reach {
	best := map[defKey]reach{}
	var frontier []defKey
	// callee resolves a call made in from to a function not yet reached,
	// if its value is not stored.
	callee := func(from defKey, c *python.Call) (defKey, bool) {
		f := r.files[from.path]
		to, ok := r.x.ResolveCall(f.ff, c)
		if !ok || !to.S().IsFunction() {
			return defKey{}, false
		}
		k := defKey{to.FF.Path, to.Scope}
		if _, seen := best[k]; seen || k == from || f.escapeOf(from.scope, c) == stored {
			return defKey{}, false
		}
		return k, true
	}
	for _, p := range r.py.Paths {
		f := r.files[p]
		if f.test {
			continue
		}
		for fn, calls := range f.sortedCalls() {
			from := defKey{p, fn}
			for _, i := range calls {
				c := &f.ff.Calls[i]
				k, ok := callee(from, c)
				if !ok {
					continue
				}
				if ctx, ok := r.direct(f, fn, c, f.escapeOf(fn, c)); ok {
					best[k] = reach{from: from, call: c, ctx: ctx, dist: 1}
					frontier = append(frontier, k)
				}
			}
		}
	}
	for dist := 2; len(frontier) > 0; dist++ {
		layer := frontier
		frontier = nil
		for _, k := range layer {
			f := r.files[k.path]
			if ro := r.role(f, k.scope); ro == asyncctx.Once || ro == asyncctx.Cached {
				continue
			}
			for _, i := range f.calls[k.scope] {
				c := &f.ff.Calls[i]
				if to, ok := callee(k, c); ok {
					best[to] = reach{from: k, call: c, ctx: best[k].ctx, dist: dist}
					frontier = append(frontier, to)
				}
			}
		}
	}
	return best
}

// walk lists the chain into k from its per-call scope down, outermost
// first.
func (r *pyRepo) walk(best map[defKey]reach, k defKey) []Step {
	var steps []Step
	for n := 0; n < 1000; n++ {
		rc, ok := best[k]
		if !ok {
			break
		}
		from := pydefs.Def{FF: r.files[rc.from.path].ff, Scope: rc.from.scope}
		to := pydefs.Def{FF: r.files[k.path].ff, Scope: k.scope}
		msg := fmt.Sprintf("%s calls %s", pydefs.DisplayName(from), pydefs.DisplayName(to))
		if rc.dist == 1 {
			msg = fmt.Sprintf("%s calls %s once per %s", rc.ctx.where, pydefs.DisplayName(to), rc.ctx.per)
		}
		steps = append(steps, Step{Path: rc.from.path, Span: rc.call.Span, Message: msg})
		if rc.dist == 1 {
			break
		}
		k = rc.from
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return steps
}

// alternativeCtor tells a classmethod or staticmethod: they build objects
// (`from_url`, `with_client`) rather than serve calls on one.
func (f *pyFile) alternativeCtor(fn int) bool {
	for _, d := range f.decorators[fn] {
		if d.Text == "classmethod" || d.Text == "staticmethod" {
			return true
		}
	}
	return false
}
