package asyncctx

import (
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rsdefs"
	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// An entry point's work goes on in the async functions it awaits: an async
// function that only entry code awaits runs before concurrency starts too
// (main awaits load_config(); a CLI's block_on(async { prepare().await })).
// One caller that is not entry code (a handler, a task, a sync function, a
// call not awaited, such as one handed to gather) keeps it as it is.

// fnKey is one function of the repository.
type fnKey struct {
	path  string
	scope int
}

// entryFlow counts, per async function, its callers that are not (yet)
// entry code, and lists the entry-candidate callers' awaited callees.
type entryFlow struct {
	pending map[fnKey]int
	callees map[fnKey][]fnKey
	queue   []fnKey
}

func newEntryFlow() *entryFlow {
	return &entryFlow{pending: map[fnKey]int{}, callees: map[fnKey][]fnKey{}}
}

// call records a call of async function to: by from when from is an async
// function whose awaited calls may count, else by code that is not entry.
func (e *entryFlow) call(from fnKey, fromFn bool, to fnKey) {
	e.pending[to]++
	if fromFn {
		e.callees[from] = append(e.callees[from], to)
	}
}

// run promotes, from the entry functions given, every async function whose
// callers all turn out entry code; promote reports whether a function may
// become entry (it is Other) and makes it so.
func (e *entryFlow) run(entries []fnKey, promote func(fnKey) bool) {
	e.queue = entries
	for len(e.queue) > 0 {
		k := e.queue[0]
		e.queue = e.queue[1:]
		for _, to := range e.callees[k] {
			e.pending[to]--
			if e.pending[to] == 0 && promote(to) {
				e.queue = append(e.queue, to)
			}
		}
	}
}

// flowPythonEntries lets entry context flow down awaited calls of async
// defs.
func flowPythonEntries(py *python.Result, x *pydefs.Index, out map[string]*pyFacts) {
	e := newEntryFlow()
	var entries []fnKey
	for _, p := range py.Paths {
		ff, pf := py.Files[p], out[p]
		for fn := range ff.Scopes {
			if pf.contexts[fn] == Entry {
				entries = append(entries, fnKey{p, fn})
			}
		}
		for i := range ff.Calls {
			c := &ff.Calls[i]
			if !c.Async {
				continue
			}
			to, ok := x.ResolveCall(ff, c)
			if !ok || to.S().Kind != python.AsyncDef {
				continue
			}
			owner, ok := pydefs.Owner(ff, c.Scope)
			e.call(fnKey{p, owner}, ok && c.Awaited && ff.Scopes[owner].Kind == python.AsyncDef, fnKey{to.FF.Path, to.Scope})
		}
	}
	e.run(entries, func(k fnKey) bool {
		pf := out[k.path]
		if pf == nil || pf.contexts[k.scope] != "" || pf.roles[k.scope] != Plain {
			return false
		}
		pf.contexts[k.scope] = Entry
		return true
	})
}

// flowRustEntries lets entry context flow down awaited calls of async fns.
// It runs before async blocks inherit their fn's context: a block with a
// context of its own was spawned or handed to block_on.
func flowRustEntries(rs *rust.Result, x *rsdefs.Index, facts map[string]*rustFacts) {
	e := newEntryFlow()
	var entries []fnKey
	for _, p := range rs.Paths {
		ff, f := rs.Files[p], facts[p]
		for i := range ff.Scopes {
			if f.contexts[i] == Entry {
				entries = append(entries, fnKey{p, i})
			}
		}
		for i := range ff.Calls {
			c := &ff.Calls[i]
			if !c.Async {
				continue
			}
			to, ok := x.ResolveCall(ff, c)
			if !ok || to.S().Kind != rust.AsyncFn {
				continue
			}
			from, ok := rustCaller(ff, f, c.Scope)
			e.call(fnKey{p, from}, ok && c.Awaited, fnKey{to.FF.Path, to.Scope})
		}
	}
	e.run(entries, func(k fnKey) bool {
		f := facts[k.path]
		if f == nil || f.contexts[k.scope] != "" {
			return false
		}
		f.contexts[k.scope] = Entry
		return true
	})
}

// rustCaller is the scope whose context a call's has: the nearest async
// block with a context of its own, else the async fn around it; false for
// a call in a sync fn or a closure.
func rustCaller(ff *rust.FileFacts, f *rustFacts, s int) (int, bool) {
	for n := 0; s >= 0 && n < maxNesting; s, n = ff.Scopes[s].Parent, n+1 {
		switch ff.Scopes[s].Kind {
		case rust.AsyncFn:
			return s, true
		case rust.AsyncBlock:
			if f.contexts[s] != "" {
				return s, true
			}
		default:
			return 0, false
		}
	}
	return 0, false
}
