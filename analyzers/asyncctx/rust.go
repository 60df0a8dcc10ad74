package asyncctx

import (
	"bytes"
	"path"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// actixRoutes are actix-web's (and Rocket's) route attribute macros;
// salvoRoutes salvo's.
var (
	actixRoutes = []string{"get", "post", "put", "delete", "patch", "head", "options", "trace", "route", "routes"}
	salvoRoutes = []string{"handler", "endpoint"}
)

// rustRouting are methods and functions that take a handler by name:
// axum's get(h) and .route_service, actix's .to(h), warp's .and_then(h),
// hyper's service_fn(h).
var rustRouting = map[string]bool{
	"get": true, "post": true, "put": true, "delete": true, "patch": true, "any": true, "on": true, "head": true,
	"to": true, "and_then": true, "then": true, "service_fn": true, "handler": true, "route_service": true,
}

// rustSpawners start a future as a task of its own (tokio::spawn,
// tokio::task::spawn_local, JoinSet::spawn, async_std::task::spawn);
// rustRunners run one as the program's main task.
var (
	rustSpawners = map[string]bool{"spawn": true, "spawn_local": true}
	rustRunners  = map[string]bool{"block_on": true}
)

func newRustFacts(ff *rust.FileFacts, src []byte) *rustFacts {
	n := len(ff.Scopes)
	f := &rustFacts{handlers: make([]bool, n), contexts: make([]Context, n), tests: rustTests(ff, src)}
	findRustHandlers(ff, src, f.handlers)
	for i, s := range ff.Scopes {
		switch {
		case s.Kind != rust.AsyncFn:
		case f.handlers[i] || hasAnyAttr(s, salvoRoutes):
			f.contexts[i] = Handler
		case s.HasAttr("main"): // #[tokio::main], #[actix_web::main], ...
			f.contexts[i] = Entry
		}
	}
	return f
}

func hasAnyAttr(s rust.Scope, names []string) bool {
	for _, a := range names {
		if s.HasAttr(a) {
			return true
		}
	}
	return false
}

// IsRustTestPath tells a file of an integration test or benchmark crate.
func IsRustTestPath(p string) bool {
	for _, part := range strings.Split(path.Dir(p), "/") {
		if part == "tests" || part == "benches" {
			return true
		}
	}
	return false
}

// findRustHandlers marks actix, Rocket and salvo route fns, async fns
// taking framework extractors, and async fns handed to a router by name.
func findRustHandlers(ff *rust.FileFacts, src []byte, handlers []bool) {
	byName := map[string][]int{}
	byBody := map[int]int{}
	for i, s := range ff.Scopes {
		if s.Kind != rust.AsyncFn {
			continue
		}
		byName[s.Name] = append(byName[s.Name], i)
		byBody[s.Body.Start] = i
		for _, a := range actixRoutes {
			if s.HasAttr(a) {
				handlers[i] = true
			}
		}
	}
	for i := range ff.Bindings {
		b := &ff.Bindings[i]
		if b.Kind != rust.Param || !(strings.Contains(b.Value, "axum::") || strings.Contains(b.Value, "actix_web::") || strings.Contains(b.Value, "HttpRequest")) {
			continue
		}
		if s, ok := byBody[b.Visible.Start]; ok {
			handlers[s] = true
		}
	}
	for i := range ff.Calls {
		c := &ff.Calls[i]
		if !rustRouting[LastPathSegment(c.Text)] && !rustRouting[LastPathSegment(c.Callee)] {
			continue
		}
		args, ok := rustArgs(src, c)
		if !ok {
			continue
		}
		for _, word := range strings.FieldsFunc(args, func(r rune) bool {
			return !(r == '_' || r == ':' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) {
			for _, s := range byName[LastPathSegment(word)] {
				handlers[s] = true
			}
		}
	}
}

// rustArgs is a call's argument list as written, parentheses included;
// false past maxArgsText.
func rustArgs(src []byte, c *rust.Call) (string, bool) {
	if c.CallSpan.End-c.Span.End > maxArgsText {
		return "", false
	}
	return text(src, source.Span{Start: c.Span.End, End: c.CallSpan.End}), true
}

// LastPathSegment is the name after the last :: or dot.
func LastPathSegment(s string) string {
	if i := strings.LastIndexAny(s, ":."); i >= 0 {
		return s[i+1:]
	}
	return s
}

// started is a fn named where a future is spawned or run: worker in
// tokio::spawn(worker(rx)).
type started struct {
	name string
	ctx  Context
}

// linkRustTasks marks what spawners and runners start: the async block
// written as the argument (tokio::spawn(async move { .. })), else the
// async fn called there, looked up in the same file, else by a name only
// one file's async fn has. Async blocks take their fn's context after
// entry context has flowed (inheritContexts).
func linkRustTasks(rs *rust.Result, facts map[string]*rustFacts, src func(string) []byte) {
	elsewhere := map[string][]started{}
	for _, p := range rs.Paths {
		ff, f := rs.Files[p], facts[p]
		blocks := asyncBlocks(ff)
		byName := map[string][]int{}
		for s, sc := range ff.Scopes {
			if sc.Kind == rust.AsyncFn {
				byName[sc.Name] = append(byName[sc.Name], s)
			}
		}
		for i := range ff.Calls {
			c := &ff.Calls[i]
			ctx := rustStartContext(c)
			if ctx == "" {
				continue
			}
			if b, ok := blockArgument(ff, blocks, c); ok {
				mark(f, b, ctx)
				continue
			}
			args, ok := rustArgs(src(p), c)
			if !ok {
				continue
			}
			name := calledName(args)
			if name == "" {
				continue
			}
			for _, s := range byName[name] {
				mark(f, s, ctx)
			}
			if len(byName[name]) == 0 {
				elsewhere[name] = append(elsewhere[name], started{name, ctx})
			}
		}
	}
	linkElsewhere(rs, facts, elsewhere)
}

// linkElsewhere marks fns started from another file, when one async fn of
// the repository has that name.
func linkElsewhere(rs *rust.Result, facts map[string]*rustFacts, elsewhere map[string][]started) {
	if len(elsewhere) == 0 {
		return
	}
	type at struct {
		path  string
		scope int
	}
	byName := map[string][]at{}
	for _, p := range rs.Paths {
		for s, sc := range rs.Files[p].Scopes {
			if sc.Kind == rust.AsyncFn && len(elsewhere[sc.Name]) > 0 {
				byName[sc.Name] = append(byName[sc.Name], at{p, s})
			}
		}
	}
	for name, starts := range elsewhere {
		if fns := byName[name]; len(fns) == 1 {
			for _, st := range starts {
				mark(facts[fns[0].path], fns[0].scope, st.ctx)
			}
		}
	}
}

// mark gives scope s the context a start gives it: a handler stays one,
// and a task started anywhere is a task.
func mark(f *rustFacts, s int, ctx Context) {
	if f.contexts[s] == Handler || f.contexts[s] == Task {
		return
	}
	f.contexts[s] = ctx
}

func rustStartContext(c *rust.Call) Context {
	name := LastPathSegment(c.Text)
	switch {
	case rustSpawners[name]:
		if strings.Contains(c.Callee, "thread::") || strings.Contains(c.Text, "thread::") {
			return "" // std::thread::spawn takes a closure, not a future
		}
		return Task
	case rustRunners[name]:
		return Entry
	}
	return ""
}

// asyncBlocks are the file's async block scopes, by start.
func asyncBlocks(ff *rust.FileFacts) []int {
	var out []int
	for i, s := range ff.Scopes {
		if s.Kind == rust.AsyncBlock {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return ff.Scopes[out[a]].Span.Start < ff.Scopes[out[b]].Span.Start })
	return out
}

// blockArgument finds the async block written directly as c's argument.
func blockArgument(ff *rust.FileFacts, blocks []int, c *rust.Call) (int, bool) {
	k := sort.Search(len(blocks), func(k int) bool { return ff.Scopes[blocks[k]].Span.Start >= c.Span.End })
	if k == len(blocks) {
		return 0, false
	}
	b := blocks[k]
	s := ff.Scopes[b]
	return b, s.Parent == c.Scope && s.Span.End <= c.CallSpan.End
}

// calledName is the fn called first in an argument list: worker in
// "(worker(rx))", run in "(self.run())", "" when it starts otherwise.
func calledName(args string) string {
	s := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), "("))
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r == '_' || r == ':' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
	if end <= 0 || s[end] != '(' {
		return ""
	}
	return LastPathSegment(s[:end])
}

// inheritContexts gives each async block without a context of its own
// that of its nearest enclosing fn; a sync fn gives Other.
func inheritContexts(ff *rust.FileFacts, f *rustFacts) {
	for i, s := range ff.Scopes {
		if s.Kind != rust.AsyncBlock || f.contexts[i] != "" {
			continue
		}
		for p, n := s.Parent, 0; p >= 0 && n < maxNesting; p, n = ff.Scopes[p].Parent, n+1 {
			ps := ff.Scopes[p]
			if ps.Kind == rust.Fn || ps.Kind == rust.AsyncFn || f.contexts[p] != "" {
				f.contexts[i] = f.contexts[p]
				break
			}
		}
	}
}

// isTestModuleFile tells the file of an out-of-line unit-test module,
// `#[cfg(test)] mod tests;` in its parent: src/**/tests.rs or test.rs. The
// parent's cfg is in another file, so the name is what is known.
func isTestModuleFile(p string) bool {
	b := path.Base(p)
	return b == "tests.rs" || b == "test.rs"
}

// rustTests marks test code by scope: every scope of a test file, #[test]
// and #[bench] fns (#[tokio::test] too), fns of #[cfg(test)] modules, and
// every scope inside those.
func rustTests(ff *rust.FileFacts, src []byte) []bool {
	whole := IsRustTestPath(ff.Path) || isTestModuleFile(ff.Path)
	mods := cfgTestModules(src)
	return inherited(len(ff.Scopes), func(i int) int { return ff.Scopes[i].Parent }, func(i int) bool {
		sc := ff.Scopes[i]
		return whole || sc.HasAttr("test") || sc.HasAttr("bench") || inModule(sc.Qual, mods)
	})
}

// cfgTestModules are the names of the modules written after #[cfg(test)].
func cfgTestModules(src []byte) map[string]bool {
	mods := map[string]bool{}
	attr := []byte("#[cfg(test)]")
	for off := 0; ; {
		i := bytes.Index(src[off:], attr)
		if i < 0 {
			return mods
		}
		off += i + len(attr)
		rest := strings.TrimLeft(string(src[off:min(off+256, len(src))]), " \t\r\n")
		rest = strings.TrimPrefix(rest, "pub ")
		if rest, ok := strings.CutPrefix(rest, "mod "); ok {
			rest = strings.TrimLeft(rest, " \t")
			end := strings.IndexFunc(rest, func(r rune) bool {
				return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
			})
			if end > 0 {
				mods[rest[:end]] = true
			}
		}
	}
}

// inModule tells a fn whose qualified name passes through one of mods.
func inModule(qual string, mods map[string]bool) bool {
	if len(mods) == 0 {
		return false
	}
	segs := strings.Split(qual, "::")
	for _, s := range segs[:len(segs)-1] {
		if mods[s] {
			return true
		}
	}
	return false
}
