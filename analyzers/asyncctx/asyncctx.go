// Package asyncctx says where each function runs, for the rules that judge
// blocking work (CVT201, CVT202) and what lives too short (CVT301, CVT302):
// the role a framework gives a Python function (request, WebSocket or
// message handler, dependency, startup hook, cached factory), and for async
// code in Python and Rust its context: a handler, a spawned task, a
// program's entry point before concurrency starts, or other code. It also
// tells test code. It reports nothing.
package asyncctx

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rsdefs"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Context is where an async function or block runs.
type Context string

const (
	// Other is async code no framework or spawn marks.
	Other Context = "other"
	// Handler code runs per request, WebSocket connection or message.
	Handler Context = "handler"
	// Task code was handed to asyncio.create_task, tokio::spawn and the
	// like: it runs beside the rest of the program.
	Task Context = "task"
	// Entry code is a program's entry point before concurrency starts:
	// #[tokio::main] async fn main, the coroutine given to asyncio.run.
	Entry Context = "entry"
	// Lazy code runs on first use only: in a lazy initialization or a
	// cached function (see Guard).
	Lazy Context = "lazy"
)

// Analyzer computes the run's *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "asyncctx",
	Doc:        "classifies where functions run (handlers, tasks, entry points, test code); reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer, pydefs.Analyzer, rsdefs.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the result; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }

// Result holds, per file and scope, what the analyzer found. Scopes that
// are not functions (or not async, for contexts) read as zero values.
type Result struct {
	py map[string]*pyFacts
	rs map[string]*rustFacts
}

// pyFacts are one Python file's answers, indexed by scope.
type pyFacts struct {
	roles, registered []Role
	wsEndpoint        []bool
	wsDecorated       []bool
	contexts          []Context
	tests             []bool
	threadable        []bool
	firstUse          guardIndex
}

// rustFacts are one Rust file's answers, indexed by scope.
type rustFacts struct {
	handlers []bool
	contexts []Context
	tests    []bool
}

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	src := func(p string) []byte {
		if f := set.File(p); f != nil {
			return f.Src
		}
		return nil
	}
	res := &Result{py: pythonFacts(python.Of(pass), pydefs.Of(pass), src), rs: map[string]*rustFacts{}}
	rs := rust.Of(pass)
	for _, p := range rs.Paths {
		res.rs[p] = newRustFacts(rs.Files[p], src(p))
	}
	linkRustTasks(rs, res.rs, src)
	flowRustEntries(rs, rsdefs.Of(pass), res.rs)
	for _, p := range rs.Paths {
		inheritContexts(rs.Files[p], res.rs[p])
	}
	return res, nil
}

// at reads index i of s, or the zero value outside it.
func at[T any](s []T, i int) T {
	var zero T
	if i < 0 || i >= len(s) {
		return zero
	}
	return s[i]
}

// FirstUse tells whether offset of a Python file lies in a lazy
// initialization (Guard): code there runs on first use only.
func (r *Result) FirstUse(path string, offset int) (Guard, bool) {
	f := r.py[path]
	if f == nil {
		return Guard{}, false
	}
	return f.firstUse.around(offset)
}

// Role is the role of Python function fn (a scope index) of the file.
func (r *Result) Role(path string, fn int) Role {
	if f := r.py[path]; f != nil {
		return at(f.roles, fn)
	}
	return Plain
}

// Registered is the role a router or server gave fn by name
// (web.get("/", h), path("x/", views.h), websockets.serve(h), Depends(h)),
// Plain when none did.
func (r *Result) Registered(path string, fn int) Role {
	if f := r.py[path]; f != nil {
		return at(f.registered, fn)
	}
	return Plain
}

// WSEndpoint tells a method of a class-based WebSocket endpoint or consumer.
func (r *Result) WSEndpoint(path string, fn int) bool {
	f := r.py[path]
	return f != nil && at(f.wsEndpoint, fn)
}

// RegisteredWS tells a WebSocket handler the framework calls: decorated,
// registered by name, or a class-based endpoint's method.
func (r *Result) RegisteredWS(path string, fn int) bool {
	f := r.py[path]
	return f != nil && (at(f.registered, fn) != Plain || at(f.wsEndpoint, fn) || at(f.wsDecorated, fn))
}

// Python is the context of Python async function fn; Other for any other
// scope.
func (r *Result) Python(path string, fn int) Context {
	if f := r.py[path]; f != nil {
		if c := at(f.contexts, fn); c != "" {
			return c
		}
	}
	return Other
}

// PythonTest tells test code: a test file, or a test function or a
// function inside one.
func (r *Result) PythonTest(path string, fn int) bool {
	f := r.py[path]
	return f != nil && at(f.tests, fn)
}

// Threadable tells a FastAPI or Starlette async endpoint that awaits
// nothing: declared with def, the framework would run it in a thread pool.
func (r *Result) Threadable(path string, fn int) bool {
	f := r.py[path]
	return f != nil && at(f.threadable, fn)
}

// Rust is the context of Rust scope i (an async fn or an async block);
// Other for any other scope.
func (r *Result) Rust(path string, i int) Context {
	if f := r.rs[path]; f != nil {
		if c := at(f.contexts, i); c != "" {
			return c
		}
	}
	return Other
}

// RustHandler tells a Rust async fn a web framework calls per request.
func (r *Result) RustHandler(path string, fn int) bool {
	f := r.rs[path]
	return f != nil && at(f.handlers, fn)
}

// RustTest tells test code: a file under tests/ or benches/, a #[test]
// (#[tokio::test], ...) fn, anything in a #[cfg(test)] module, and every
// scope inside those.
func (r *Result) RustTest(path string, i int) bool {
	f := r.rs[path]
	return f != nil && at(f.tests, i)
}
