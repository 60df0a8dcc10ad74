// Package rust is the .rs front-end: it parses each Rust file once, with one
// query compiled once per process, and keeps plain facts (functions and
// async contexts, `use` imports, let bindings, resolved calls, comments)
// that rules read through ResultOf.
package rust

import (
	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// ScopeKind is what opens a scope.
type ScopeKind string

const (
	Fn         ScopeKind = "fn"
	AsyncFn    ScopeKind = "async fn"
	Closure    ScopeKind = "closure"
	AsyncBlock ScopeKind = "async block"
)

// Scope is a function, closure or async block body. Calls are in async
// context when their nearest enclosing scope is an async fn or an async
// block: a closure (even one written inside an async fn, such as the one
// passed to spawn_blocking) and a plain fn nested in an async fn are not.
type Scope struct {
	Kind ScopeKind `json:"kind"`
	// Name is the fn name; empty for closures and async blocks.
	Name string `json:"name,omitempty"`
	// Qual names a fn within its file: inline modules, the impl or trait
	// type, enclosing fns, then Name ("net::Server::handle"). Empty for
	// closures and async blocks.
	Qual string `json:"qual,omitempty"`
	// Impl is the impl or trait type a method belongs to ("net::Server"),
	// what Self and self stand for inside it; empty outside impls.
	Impl string `json:"impl,omitempty"`
	// Attrs are the outer attributes of a fn as written between #[ and ]:
	// "pyfunction", "pyo3(name = \"f\")", "tokio::main".
	Attrs []string `json:"attrs,omitempty"`
	// Span is the whole item or expression (attributes excluded); Body the
	// part that runs when it is called or polled.
	Span     source.Span `json:"span"`
	NameSpan source.Span `json:"name_span"`
	Body     source.Span `json:"body"`
	// Parent is the index of the enclosing scope in FileFacts.Scopes, or -1.
	Parent int `json:"parent"`
}

// IsAsync is true for async fn bodies and async blocks.
func (s Scope) IsAsync() bool { return s.Kind == AsyncFn || s.Kind == AsyncBlock }

// HasAttr reports whether the fn carries an attribute whose path is name
// (or ends in "::"+name), with or without arguments: HasAttr("pyfunction")
// is true for #[pyfunction] and #[pyo3::pyfunction(signature = (x))].
func (s Scope) HasAttr(name string) bool {
	for _, a := range s.Attrs {
		path := a
		for i := 0; i < len(a); i++ {
			if a[i] == '(' || a[i] == '=' || a[i] == ' ' || a[i] == '[' {
				path = a[:i]
				break
			}
		}
		if path == name || len(path) > len(name)+2 && path[len(path)-len(name)-2:] == "::"+name {
			return true
		}
	}
	return false
}

// BindingKind says how a name was bound.
type BindingKind string

const (
	// Use is a name brought in by a use declaration; Glob a `use path::*`
	// (Name "*", Value the path).
	Use  BindingKind = "use"
	Glob BindingKind = "glob"
	// Item is a fn declared in a module or block (not a method).
	Item BindingKind = "item"
	// Let is a let, if-let, while-let or match-arm binding; Param a fn or
	// closure parameter.
	Let   BindingKind = "let"
	Param BindingKind = "param"
)

// Binding is a name bound somewhere in the file.
type Binding struct {
	Name string      `json:"name"`
	Kind BindingKind `json:"kind"`
	// Value is what the name stands for, in the notation of Call.Callee:
	// "std::fs" for `use std::fs;`, "std::fs::File::open()" for
	// `let f = File::open(p)?;`, "<std::fs::File>" for a parameter
	// `f: &mut File`, the Qual of a fn item. Empty when unknown: the name
	// then hides any import of the same name.
	Value string      `json:"value"`
	Span  source.Span `json:"span"`
	// Visible is where the name can be used: the rest of the enclosing block
	// for a let, the fn or closure body for a parameter, the whole enclosing
	// block, module or file for a use or an item.
	Visible source.Span `json:"visible"`
}

// Call is one call expression, also inside the arguments of a macro
// invocation (println!, format!, assert!, vec!, tokio::select!, ...): the
// grammar keeps those as tokens, so the front-end parses them again in
// place. Arguments of quote!-like and literal-only macros are not code
// run where they stand and are skipped.
type Call struct {
	// Callee is the callee resolved through use declarations and bindings
	// to a path, with "()" for each call in a chain and "." before each
	// method or field:
	//   std::thread::sleep                       sleep(d) after use std::thread::sleep
	//   std::process::Command::new().arg().output
	//   std::fs::File::open().read_to_string      also after ? .unwrap() .expect() ...
	//   <std::fs::File>.read_to_end               f.read_to_end(..) with f: File
	//   <net::Server>.handle                      self.handle() in impl Server
	//   <std::sync::Mutex>.lock                   self.state.lock() with a
	//                                             field state: Arc<Mutex<T>>
	// Arc, Rc, Box and std::io's BufReader, BufWriter and LineWriter are
	// seen through (Arc::new(x) is x, Arc<T> is T), and
	// a field of self or of a typed value is known by its declared type.
	// Error plumbing that keeps the value (?, unwrap, expect, unwrap_or*,
	// ok, context, with_context, map_err) is dropped from chains; .await
	// stays as ".await". Empty when the callee cannot be named statically
	// (a closure call result, an index, a local of unknown value, a macro).
	Callee string `json:"callee,omitempty"`
	// Text is the callee as written.
	Text string `json:"text"`
	// Span is the callee expression; Name its last segment (the method name
	// of a method call, the last path segment otherwise), where findings
	// are anchored; CallSpan the whole call.
	Span     source.Span `json:"span"`
	Name     source.Span `json:"name"`
	CallSpan source.Span `json:"call_span"`
	// Method is true for receiver.method(..) calls.
	Method bool `json:"method,omitempty"`
	// Scope is the index of the nearest enclosing scope, or -1 outside any.
	Scope int `json:"scope"`
	// Async is true when that scope is an async fn or an async block.
	Async   bool `json:"async,omitempty"`
	Awaited bool `json:"awaited,omitempty"`
	// Globs lists the paths of glob imports visible at the call when the
	// callee's first segment is bound by nothing else: the callee may be
	// any of glob + "::" + Callee.
	Globs []string `json:"globs,omitempty"`
}

// Await is one .await expression and the scope it suspends.
type Await struct {
	Span  source.Span `json:"span"`
	Scope int         `json:"scope"`
}

// FileFacts is everything the Rust front-end keeps of one file.
type FileFacts struct {
	Path     string    `json:"path"`
	Scopes   []Scope   `json:"scopes"`
	Bindings []Binding `json:"bindings"`
	Calls    []Call    `json:"calls"`
	// Awaits are in source order.
	Awaits []Await `json:"awaits"`
	// PyModules and PyItems are the PyO3 (and rust-cpython) module entry
	// points, and the #[pyfunction] and #[pyclass] items, in source order.
	PyModules []PyModule `json:"py_modules,omitempty"`
	PyItems   []PyItem   `json:"py_items,omitempty"`
	// Loops are in source order.
	Loops []Loop `json:"loops,omitempty"`
}

// Result is the front-end's output: the facts of every parsed file, by path.
type Result = tsx.ByPath[*FileFacts]

// LoopKind is the keyword of a loop.
type LoopKind string

const (
	LoopLoop  LoopKind = "loop"
	ForLoop   LoopKind = "for"
	WhileLoop LoopKind = "while"
)

// Loop is a loop, for or while expression.
type Loop struct {
	Kind LoopKind    `json:"kind"`
	Span source.Span `json:"span"`
	// Body is what runs on every iteration: the block, and a while's
	// condition.
	Body source.Span `json:"body"`
}
