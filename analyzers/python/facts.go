// Package python is the .py front-end: it parses each Python file once, with
// queries compiled once per process, and keeps plain facts (scopes, imports,
// resolved calls, comments) that rules read through ResultOf.
//
// Layout:
//   - python.go: the Analyzer, and module names from paths.
//   - facts.go: the facts kept per file.
//   - query.go: the query, one pattern per row with the kind of its
//     matches, checked against its captures and pattern count at start-up.
//   - extract.go: Extract as its ordered steps (collect the matches, link
//     scopes, bind imports and parameters, bind assignments outermost
//     first, resolve calls, finish), and the extractor's state.
//   - scopes.go: scopes, their parents, qualified names and the map from
//     offsets to the innermost scope.
//   - bind.go: bindings of imports, parameters, assignments, targets,
//     class attributes and annotations.
//   - resolve.go: names and call chains resolved through the bindings,
//     each chain walked once.
//   - nodes.go: reading children with a cursor.
//   - ctree.go, walk.go: trees too deep or too wide for tree-sitter's
//     query cursor are found in C; their nodes are listed by one walk in C
//     and matched in Go as the query's patterns would.
//   - nativefacts.go, imports.go, guards.go, handlers.go, setup.go: import
//     statements with the try that guards each and what its handler does,
//     and a setup.py's extension calls, from a walk of the statements that
//     hold the word "import" (no query pattern).
//
// Every walk is iterative and every step linear in the file; each loop
// checks the file's time budget and returns early once it is spent.
package python

import (
	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// ScopeKind is what opens a scope.
type ScopeKind string

const (
	Def      ScopeKind = "def"
	AsyncDef ScopeKind = "async def"
	Lambda   ScopeKind = "lambda"
	Class    ScopeKind = "class"
)

// Scope is a function, lambda or class body. Comprehensions are not scopes
// here: for async-ness they inherit from where they stand.
type Scope struct {
	Kind ScopeKind `json:"kind"`
	// Name is the def or class name; empty for a lambda.
	Name string `json:"name,omitempty"`
	// Qual is the fully qualified name: module, enclosing classes and
	// functions, then Name ("pkg.mod.Cls.method"). Empty for scopes nested
	// more than 200 deep, which Python cannot compile anyway.
	Qual string `json:"qual,omitempty"`
	// Span is the whole definition; Body the part evaluated when it runs
	// (decorators, defaults and annotations are evaluated outside).
	Span     source.Span `json:"span"`
	NameSpan source.Span `json:"name_span"`
	Body     source.Span `json:"body"`
	// Parent is the index of the enclosing scope in FileFacts.Scopes, or -1.
	Parent int `json:"parent"`
}

// IsFunction is true for def and async def.
func (s Scope) IsFunction() bool { return s.Kind == Def || s.Kind == AsyncDef }

// Binding is a name bound in a scope to something covet-lint can name: an
// import, a definition, or the result of a call.
type Binding struct {
	Name string `json:"name"`
	// Value is the dotted name the binding stands for: "time" for
	// `import time`, "time.sleep" for `from time import sleep`,
	// "httpx.Client()" for `c = httpx.Client()`, `with httpx.Client() as c`,
	// `c: httpx.Client = ...` and a parameter `c: Optional[httpx.Client]`,
	// "pkg.mod.f" for `def f`. Empty when the name is bound to something
	// unknown (a plain parameter, a loop variable, an exception name, an
	// unpacked call result): it then hides outer bindings of the name.
	Value string      `json:"value"`
	Span  source.Span `json:"span"`
	Scope int         `json:"scope"`
}

// Call is one call expression.
type Call struct {
	// Callee is the callee resolved through imports and bindings to a dotted
	// name: "time.sleep", "httpx.Client().get", "pkg.mod.Cls.method" for
	// self.method(), "httpx.Client().get" for self.client.get() when a
	// method of the class assigns self.client = httpx.Client() or the class
	// body binds or annotates client (and no other value). Calls in a chain appear as "()", subscripts as "[]"
	// and the / operator (pathlib's join) as "/": `(base / "x").read_text`
	// with base = Path(p) is "pathlib.Path()/.read_text". Empty when the
	// callee cannot be named statically (a string, a lambda, ...).
	Callee string `json:"callee,omitempty"`
	// Text is the callee as written.
	Text string `json:"text"`
	// Span is the callee expression; CallSpan the whole call.
	Span     source.Span `json:"span"`
	CallSpan source.Span `json:"call_span"`
	// Scope is the index of the nearest enclosing scope, or -1 at module level.
	Scope int `json:"scope"`
	// Async is true when the nearest enclosing function is an async def.
	Async   bool `json:"async,omitempty"`
	Awaited bool `json:"awaited,omitempty"`
}

// FileFacts is everything the Python front-end keeps of one file.
type FileFacts struct {
	Path string `json:"path"`
	// Module is the dotted module name derived from the path and the
	// __init__.py files around it ("pkg/sub/mod.py" -> "pkg.sub.mod").
	Module   string    `json:"module"`
	Scopes   []Scope   `json:"scopes"`
	Bindings []Binding `json:"bindings"`
	Calls    []Call    `json:"calls"`
	// Imports are the file's import statements, one per module named, in
	// source order, with the try that guards each.
	Imports []Import `json:"imports,omitempty"`
	// SetupCalls, in a setup.py only, are the calls declaring extensions.
	SetupCalls []SetupCall `json:"setup_calls,omitempty"`
}

// Result is the front-end's output: the facts of every parsed file, by path.
type Result = tsx.ByPath[*FileFacts]
