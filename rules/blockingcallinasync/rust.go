package blockingcallinasync

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// reportRust reports blocking calls whose nearest enclosing scope is an
// async fn or an async block. A method call is anchored at the method name
// (a builder chain can start lines above); a path call at the whole path.
func reportRust(pass *analysis.Pass, calls *blocking.View, w where) {
	set := source.Of(pass)
	rs := rust.Of(pass)
	for _, p := range rs.Paths {
		file := set.File(p)
		ff := rs.Files[p]
		for c, h := range calls.Rust(p) {
			if !c.Async || !w.tests && w.ctx.RustTest(p, c.Scope) {
				continue
			}
			scope, _ := ff.ScopeOf(c) // an async call has one
			start := c.Span.Start
			if c.Method {
				start = c.Name.Start
			}
			report(pass, analysis.Diagnostic{
				Pos:     file.Pos(start),
				End:     file.Pos(c.Span.End),
				Message: "blocking call " + h.Name + "() in " + string(scope.Kind) + "; " + h.Instead,
			}, w.ctx.Rust(p, c.Scope), h.Family)
		}
		reportGuards(pass, file, ff, w)
	}
}

// guardTypes maps the value of a let holding a std lock guard to the
// guard's type.
func guardType(value string) (string, bool) {
	for _, g := range []struct{ lock, method, guard string }{
		{"std::sync::Mutex", ".lock()", "std::sync::MutexGuard"},
		{"std::sync::RwLock", ".read()", "std::sync::RwLockReadGuard"},
		{"std::sync::RwLock", ".write()", "std::sync::RwLockWriteGuard"},
	} {
		if v, ok := strings.CutSuffix(value, g.method); ok && (v == "<"+g.lock+">" || v == g.lock+"::new()") {
			return g.guard, true
		}
	}
	return "", false
}

// reportGuards reports a std::sync lock guard bound by let in async code
// and still alive at a later .await of the same async body: the thread
// blocks on the lock while another task holding it is suspended. A guard
// dropped with drop(guard) before the await, or whose block ends first,
// is not reported.
func reportGuards(pass *analysis.Pass, file *source.File, ff *rust.FileFacts, w where) {
	drops := dropCalls(ff)
	for _, b := range ff.Bindings {
		if b.Kind != rust.Let {
			continue
		}
		guard, ok := guardType(b.Value)
		if !ok {
			continue
		}
		// Calls are in source order: only those of the let's value, between
		// its name and where the name becomes visible, can take the lock.
		lock := -1
		first := sort.Search(len(ff.Calls), func(i int) bool { return ff.Calls[i].CallSpan.Start >= b.Span.End })
		for i := first; i < len(ff.Calls) && ff.Calls[i].CallSpan.Start < b.Visible.Start; i++ {
			c := ff.Calls[i]
			if c.Async && c.Span.Start >= b.Span.End && c.Span.End <= b.Visible.Start && c.Callee == strings.TrimSuffix(b.Value, "()") {
				lock = i
				break
			}
		}
		if lock < 0 {
			continue
		}
		c := ff.Calls[lock]
		if !w.tests && w.ctx.RustTest(ff.Path, c.Scope) {
			continue
		}
		first = sort.Search(len(ff.Awaits), func(i int) bool { return ff.Awaits[i].Span.Start >= b.Visible.Start })
		for _, a := range ff.Awaits[first:] {
			if a.Span.Start >= b.Visible.End {
				break
			}
			if a.Scope != c.Scope {
				continue
			}
			if droppedBefore(file.Src, drops, b, a.Span.Start) {
				break
			}
			line := file.Tok.Line(file.Pos(a.Span.End))
			report(pass, analysis.Diagnostic{
				Pos: file.Pos(c.Name.Start),
				End: file.Pos(c.Span.End),
				Message: fmt.Sprintf("%s %s held across .await on line %d blocks other tasks that lock it; drop the guard before awaiting, or use tokio::sync's lock",
					guard, b.Name, line),
			}, w.ctx.Rust(ff.Path, c.Scope), "lock")
			break
		}
	}
}

// dropCalls are the file's calls of drop, in source order.
func dropCalls(ff *rust.FileFacts) []rust.Call {
	var out []rust.Call
	for _, c := range ff.Calls {
		if c.Callee == "drop" || c.Callee == "std::mem::drop" || c.Callee == "core::mem::drop" {
			out = append(out, c)
		}
	}
	return out
}

// droppedBefore reports whether drop(name) is called between the guard's
// let and offset.
func droppedBefore(src []byte, drops []rust.Call, b rust.Binding, offset int) bool {
	for _, c := range drops {
		if c.CallSpan.Start < b.Visible.Start || c.CallSpan.Start >= offset {
			continue
		}
		args := strings.Join(strings.Fields(string(src[c.Span.End:c.CallSpan.End])), "")
		if args == "("+b.Name+")" {
			return true
		}
	}
	return false
}
