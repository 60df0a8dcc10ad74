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
	// Decorators, Blocks and Stores are in source order.
	Decorators []Decorator `json:"decorators,omitempty"`
	Blocks     []Block     `json:"blocks,omitempty"`
	Stores     []Store     `json:"stores,omitempty"`
}

// Result is the front-end's output: the facts of every parsed file, by path.
type Result = tsx.ByPath[*FileFacts]

// Decorator is one decorator of a def or class.
type Decorator struct {
	// Target is the index in Scopes of the decorated def or class.
	Target int `json:"target"`
	// Name is the decorator resolved like a callee, without its arguments:
	// "functools.lru_cache", "fastapi.FastAPI().get"; empty when unknown.
	Name string `json:"name,omitempty"`
	// Text is the decorator as written, without its arguments ("app.get").
	Text string `json:"text"`
	// Args is the argument list as written, parentheses included; empty
	// when the decorator is not called.
	Args string      `json:"args,omitempty"`
	Span source.Span `json:"span"`
}

// BlockKind is what a Block is.
type BlockKind string

const (
	// ForBlock, WhileBlock and ComprehensionBlock are loops.
	ForBlock           BlockKind = "for"
	WhileBlock         BlockKind = "while"
	ComprehensionBlock BlockKind = "comprehension"
	// TryBlock is a try statement; ExceptBlock and FinallyBlock its
	// clauses.
	TryBlock     BlockKind = "try"
	ExceptBlock  BlockKind = "except"
	FinallyBlock BlockKind = "finally"
)

// Block is a statement or clause whose code runs under a condition: a
// loop, a try statement, an except or finally clause.
type Block struct {
	Kind BlockKind   `json:"kind"`
	Span source.Span `json:"span"`
	// Body is the part that repeats (a loop's block, a while's condition
	// and block, a whole comprehension), a try's block, or a clause's
	// block.
	Body source.Span `json:"body"`
	// Forever is true for `while True:` and `while 1:`.
	Forever bool `json:"forever,omitempty"`
	// Catches are the exception types an except clause names, as written
	// ("WebSocketDisconnect", "websockets.ConnectionClosed"); empty for a
	// bare except.
	Catches []string `json:"catches,omitempty"`
	// Try is the index in Blocks of the try statement of an except or
	// finally clause; -1 for other blocks.
	Try int `json:"try"`
	// Scope is the index of the nearest enclosing scope, or -1.
	Scope int `json:"scope"`
}

// IsLoop is true for loops and comprehensions.
func (b Block) IsLoop() bool {
	return b.Kind == ForBlock || b.Kind == WhileBlock || b.Kind == ComprehensionBlock
}

// StoreKind is how a Store hands a value on.
type StoreKind string

const (
	// StoreName is `n = call(...)` (or `n = await call(...)`).
	StoreName StoreKind = "name"
	// StoreAttr is `a.b = v`; StoreItem `a[k] = v`.
	StoreAttr StoreKind = "attr"
	StoreItem StoreKind = "item"
	// StoreReturn and StoreYield hand a value to the caller.
	StoreReturn StoreKind = "return"
	StoreYield  StoreKind = "yield"
	// StoreDelete is one target of a del statement.
	StoreDelete StoreKind = "del"
	// StoreGlobal is one name of a global or nonlocal statement.
	StoreGlobal StoreKind = "global"
)

// Store is a statement that keeps a value somewhere, hands it out of a
// function, deletes a target or declares a name global. Only values that
// can be a client or a connection are kept: `n = call()`, attribute and
// item assignments of a call, a name or a tuple, returns of a call or a
// name, and every yield.
type Store struct {
	Kind StoreKind `json:"kind"`
	// Target is the target as written: the name, "self.client",
	// "clients[uid]"; empty for return and yield.
	Target string `json:"target,omitempty"`
	// Value is the value stored, returned or yielded, without parentheses
	// or await; empty when there is none.
	Value source.Span `json:"value"`
	Span  source.Span `json:"span"`
	// Scope is the index of the nearest enclosing scope, or -1.
	Scope int `json:"scope"`
}
