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
//     first, resolve calls, read values, finish), and the extractor's
//     state.
//   - scopes.go: scopes, their parents, qualified names and the map from
//     offsets to the innermost scope.
//   - bind.go: bindings of imports, parameters, assignments, targets,
//     class attributes and annotations.
//   - resolve.go: names and call chains resolved through the bindings,
//     each chain walked once.
//   - returns.go: what each def returns (its annotation, or the value its
//     returns agree on) and what FastAPI's Depends(factory) injects.
//   - values.go: measurement facts for analyzers/measure (literals with
//     where they are stored, names passed or returned, the text of calls'
//     first arguments, loops), read top-down from assignments, calls'
//     arguments and returns, only in files a byte scan picks.
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
	// Returns is what a call of a def gives, when it can be named: its
	// return annotation resolved as a parameter's is ("redis.Redis()" for
	// `-> Optional[Redis]`), else the value its return statements agree on
	// (a call is its callee and "()": "redis.Redis.from_url()"; a name its
	// binding's value). Returns of None and bare returns say nothing; two
	// that disagree, or one that cannot be named, leave it empty.
	Returns string `json:"returns,omitempty"`
	// ReturnsAt is the annotation, or the first return value, behind
	// Returns.
	ReturnsAt source.Span `json:"returns_at,omitzero"`
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
	// Measurement facts, in source order: numbers and figure-like strings
	// with where they are stored, names passed to calls or returned, the
	// literal text of calls' first arguments, and loops.
	Literals []Literal `json:"literals,omitempty"`
	Names    []NameUse `json:"names,omitempty"`
	Texts    []Text    `json:"texts,omitempty"`
	Loops    []Loop    `json:"loops,omitempty"`
	// Imports are the file's import statements, one per module named, in
	// source order, with the try that guards each.
	Imports []Import `json:"imports,omitempty"`
	// SetupCalls, in a setup.py only, are the calls declaring extensions.
	SetupCalls []SetupCall `json:"setup_calls,omitempty"`
	// Decorators, Blocks and Stores are in source order.
	Decorators []Decorator `json:"decorators,omitempty"`
	Blocks     []Block     `json:"blocks,omitempty"`
	Stores     []Store     `json:"stores,omitempty"`
}

// Result is the front-end's output: the facts of every parsed file, by path.
type Result = tsx.ByPath[*FileFacts]

// Place is where a literal is stored.
type Place string

const (
	// InAssign: the value of an assignment; Name is the target.
	InAssign Place = "assign"
	// InKeyword: a keyword argument; Name is the keyword.
	InKeyword Place = "keyword"
	// InArg: a positional argument of a call.
	InArg Place = "argument"
	// InReturn: a returned value.
	InReturn Place = "return"
	// InOther: anything else: an operand, a comparison, a subscript, a
	// default value, a statement of its own.
	InOther Place = "other"
)

// Literal is a number, or a string beginning with a digit ("2.1x",
// "23,450 req/s"), with where it is stored: through signs, parentheses,
// lists, tuples, sets and dict values, up to an assignment, an argument or
// a return.
type Literal struct {
	Span source.Span `json:"span"`
	// Text is the number as written, or the string's content.
	Text   string `json:"text"`
	String bool   `json:"string,omitempty"`
	Place  Place  `json:"place"`
	// Key is the innermost dict key (a string) holding it, else Name.
	Key string `json:"key,omitempty"`
	// Outer are the dict keys around Key, innermost first, joined by "/":
	// "covetpy/comparison" for 23450 in
	// {"comparison": {"covetpy": {"rps": 23450}}}.
	Outer string `json:"outer,omitempty"`
	// Name is the assignment target ("results", self.rps -> "rps",
	// d["rps"] -> "rps") or the keyword it is stored under.
	Name string `json:"name,omitempty"`
	// Element: it stands in a list, tuple or set.
	Element bool `json:"element,omitempty"`
	// Call is the call whose argument holds it (InArg, InKeyword).
	Call  source.Span `json:"call,omitempty"`
	Scope int         `json:"scope"`
}

// NameUse is a name passed as an argument to a call (InArg, InKeyword;
// Call the call's span), returned (InReturn), or stored in a list, tuple or
// dict value that is assigned (InAssign) or passed: json.dump(results, f),
// plt.bar(names, values), return results, executor.map(run_test, ...),
// handlers = {"a": run_a}.
type NameUse struct {
	Name  string      `json:"name"`
	Span  source.Span `json:"span"`
	Place Place       `json:"place"`
	Call  source.Span `json:"call,omitempty"`
	Scope int         `json:"scope"`
}

// Text is the literal text of a call's first positional argument, of a
// list of strings assigned to a name, or of a string that reads like a
// command line (a lower-case word and a blank) stored in an assigned
// container: a string's content (an f-string
// keeps its {fields}), or the strings of a list joined by blanks:
// subprocess.run(["wrk", "-t4"]) -> "wrk -t4", cursor.execute("SELECT 1")
// -> "SELECT 1", cmd = ["oha", "-z 10s"] -> "oha -z 10s". At most 256
// bytes.
type Text struct {
	Text string `json:"text"`
	// Span is the string or list.
	Span source.Span `json:"span"`
	// Call is the call it is the first argument of; zero for a list
	// assigned to a name.
	Call  source.Span `json:"call,omitempty"`
	Scope int         `json:"scope"`
}

// Loop is a for or while statement.
type Loop struct {
	Span  source.Span `json:"span"`
	Scope int         `json:"scope"`
}

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
