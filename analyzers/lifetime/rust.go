package lifetime

import (
	"slices"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// rustOnceInit run their closure once and keep the value.
var rustOnceInit = map[string]bool{"get_or_init": true, "get_or_try_init": true, "call_once": true, "new": true, "get_or_insert_with": true}

// rustOnceNames are fns that build what the application keeps.
var rustOnceNames = map[string]bool{
	"new": true, "default": true, "build": true, "builder": true, "connect": true, "init": true, "open": true,
	"start": true, "setup": true, "main": true, "run": true, "create": true, "app": true, "router": true, "serve": true,
}

// rustFile is one Rust file under analysis.
type rustFile struct {
	ff  *rust.FileFacts
	src []byte
	ctx *asyncctx.Result
	// loops finds the loops holding a call; calls the calls holding a
	// closure; sleeps memoises sleepsIn by loop.
	loops  *source.Nest
	calls  *source.Nest
	sleeps map[int]bool
}

// rustCreations finds constructor calls in request handlers, loops and
// methods of a Rust file.
func rustCreations(ff *rust.FileFacts, src []byte, ctx *asyncctx.Result) []Creation {
	if asyncctx.IsRustTestPath(ff.Path) {
		return nil
	}
	f := &rustFile{ff: ff, src: src, ctx: ctx, sleeps: map[int]bool{}}
	loops := make([]source.Span, len(ff.Loops))
	for i, l := range ff.Loops {
		loops[i] = l.Span
	}
	calls := make([]source.Span, len(ff.Calls))
	for i, c := range ff.Calls {
		calls[i] = c.CallSpan
	}
	f.loops, f.calls = source.NewNest(loops), source.NewNest(calls)
	var out []Creation
	for i := range ff.Calls {
		c := &ff.Calls[i]
		ctor, ok := rustCtor(c.Callee, c.Globs)
		if !ok {
			continue
		}
		if ctx, ok := f.perCall(c); ok {
			out = append(out, Creation{Path: ff.Path, Span: c.Span, Text: c.Text, Ctor: ctor, Per: ctx.per, Where: ctx.where})
		}
	}
	return out
}

// perCall tells whether a constructor call runs per request, item or call
// of a method, walking out through closures and async blocks to its fn.
func (f *rustFile) perCall(c *rust.Call) (perScope, bool) {
	fn := -1
	for s, n := c.Scope, 0; s >= 0 && n < maxNesting; n++ {
		sc := f.ff.Scopes[s]
		if sc.Kind == rust.Closure && f.initOnce(sc.Span) {
			return perScope{}, false
		}
		if sc.Kind == rust.Fn || sc.Kind == rust.AsyncFn {
			fn = s
			break
		}
		s = sc.Parent
	}
	if fn < 0 {
		return perScope{}, false // a static, a const or a lazy initialiser
	}
	s := f.ff.Scopes[fn]
	if s.HasAttr("test") || s.HasAttr("bench") || strings.Contains(s.Qual, "tests::") {
		return perScope{}, false
	}
	name := s.Qual
	if name == "" {
		name = s.Name
	}
	perItem := false
	f.loops.Holding(c.CallSpan, func(i int) bool {
		l := &f.ff.Loops[i]
		if !s.Body.Contains(l.Span) {
			return false
		}
		if l.Body.Contains(c.CallSpan) && (l.Kind == rust.ForLoop || !f.sleepsIn(i)) {
			perItem = true
			return false
		}
		return true
	})
	if perItem {
		return perScope{per: "iteration", where: "a loop in " + name}, true
	}
	if f.ctx.RustHandler(f.ff.Path, fn) {
		return perScope{per: "request", where: "request handler " + name}, true
	}
	if s.Impl != "" && f.takesSelf(fn) && !rustOnceNames[s.Name] && !strings.HasPrefix(s.Name, "new_") &&
		!strings.HasPrefix(s.Name, "with_") && !strings.HasPrefix(s.Name, "from_") && !strings.HasPrefix(s.Name, "build") {
		return perScope{per: "call", where: "method " + name}, true
	}
	return perScope{}, false
}

// initOnce tells whether a closure is the initialiser of a OnceCell,
// OnceLock, LazyLock, Lazy or Once: the value is built once and kept.
func (f *rustFile) initOnce(closure source.Span) bool {
	once := false
	f.calls.Holding(closure, func(i int) bool {
		o := &f.ff.Calls[i]
		if o.Span.Contains(closure) {
			return true
		}
		name := asyncctx.LastPathSegment(o.Text)
		once = rustOnceInit[name] && (name != "new" || slices.ContainsFunc([]string{"Lazy", "LazyLock", "LazyCell"}, func(t string) bool {
			return strings.HasSuffix(strings.TrimSuffix(o.Callee, "::new"), t)
		}))
		return false // the innermost call taking the closure decides
	})
	return once
}

// takesSelf reads the fn's header: its first parameter is self, &self,
// &mut self or mut self.
func (f *rustFile) takesSelf(fn int) bool {
	sc := f.ff.Scopes[fn]
	head := text(f.src, source.Span{Start: sc.NameSpan.End, End: sc.Body.Start})
	i := strings.IndexByte(head, '(')
	if i < 0 {
		return false
	}
	first, _, _ := strings.Cut(head[i+1:], ",")
	first = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(first), ")")), ")")
	fields := strings.Fields(strings.NewReplacer("&", " ", "'", " '").Replace(first))
	return len(fields) > 0 && fields[len(fields)-1] == "self"
}

// sleepsIn tells a reconnect loop: it waits before trying again.
func (f *rustFile) sleepsIn(loop int) bool {
	if v, ok := f.sleeps[loop]; ok {
		return v
	}
	v := false
	f.calls.Starting(f.ff.Loops[loop].Body, func(i int) bool {
		c := &f.ff.Calls[i]
		v = asyncctx.LastPathSegment(c.Text) == "sleep" || strings.Contains(c.Text, "backoff")
		return !v
	})
	f.sleeps[loop] = v
	return v
}
