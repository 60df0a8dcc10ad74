package python

import (
	"math"
	"path"
	"slices"
	"sort"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pending is what one binding match leaves for the passes after the query:
// node pointers live only while the tree does, inside Extract.
type pending struct {
	kind kind
	node *sitter.Node
	// a is the target or the parameters, b the value, c the annotation.
	a, b, c *sitter.Node
	// start is node's first byte, kept in Go so that sorting makes no cgo
	// calls. depth is the nesting depth of the scope the item stands in;
	// values are bound outermost first, so that a function sees
	// module-level bindings made below it.
	start, depth int
}

// pendingCall is one call match; spans are read once, in the query pass.
type pendingCall struct {
	callee         *sitter.Node
	span, callSpan source.Span
}

// collected is what the query pass leaves for the steps after it.
type collected struct {
	items    []pending
	calls    []pendingCall
	comments []source.Comment
	values   []pendingValue
	returns  []pendingReturn
}

// Extract computes the facts of one parsed file. It is exported for the
// fuzz tests and for tools that parse on their own. Texts in the facts and
// comments share src's bytes: src must not change afterwards. Once b
// expires it returns early, with partial facts the caller drops.
func Extract(p, module string, src []byte, root *sitter.Node, b *tsx.Budget) (*FileFacts, []source.Comment) {
	return extractFacts(p, module, src, root, b, needsWalk(root))
}

// extractFacts is Extract, collecting with the walk instead of the query when
// walk is set.
func extractFacts(p, module string, src []byte, root *sitter.Node, b *tsx.Budget, walk bool) (*FileFacts, []source.Comment) {
	x := newExtractor(p, module, src, b)
	c := x.collect(root, walk)
	x.linkScopes()
	x.bindStatic(c.items)
	x.bindAssignments(c.items)
	x.resolveCalls(c.calls)
	x.returnFacts(c.returns)
	x.values(c.values)
	nativeFacts(x.ff, src, root, b)
	x.flow(c.items)
	return x.finish(c.comments)
}

// bindingKey indexes bindings by scope and name, so that a lookup reads only
// the bindings it can match.
type bindingKey struct {
	scope int
	name  string
}

type extractor struct {
	src       []byte
	ff        *FileFacts
	isPackage bool
	budget    *tsx.Budget
	awaited   map[source.Span]bool
	// byKey lists, per scope and name, indexes into Bindings sorted by
	// position.
	byKey map[bindingKey][]int32
	// scopeByStart finds a def or lambda from its first byte; depth is each
	// scope's nesting depth (1 for a top-level def).
	scopeByStart map[int]int
	depth        []int
	// bounds and inner map offsets to the innermost scope body holding
	// them: inner[k] from bounds[k] up to bounds[k+1] (-1 for none).
	bounds []int
	inner  []int
	// attrs maps "pkg.mod.Cls.attr" to what methods assign to self.attr
	// ("" when they disagree).
	attrs map[string]string
	// binders memoises binder for scopes no deeper than finalDepth; path
	// is its scratch.
	binders    map[bindingKey]int
	finalDepth int
	// untyped are parameters to look at again after module assignments.
	untyped []untypedParam
	path    []int
	// memo holds the resolved callee of calls already named, by call span.
	memo map[source.Span]string
	// interned keeps one copy of each short resolved name of the file.
	interned map[string]string
	key      []byte
	// steps is resolve's scratch.
	steps []step
	// measured: the file may hold measurement facts (wantsValues);
	// containers is the values step's scratch.
	measured   bool
	containers []container
}

func newExtractor(p, module string, src []byte, b *tsx.Budget) *extractor {
	return &extractor{
		src: src, ff: &FileFacts{Path: p, Module: module}, isPackage: path.Base(p) == "__init__.py", budget: b,
		awaited: map[source.Span]bool{}, byKey: map[bindingKey][]int32{}, scopeByStart: map[int]int{}, attrs: map[string]string{},
		memo: map[source.Span]string{}, interned: map[string]string{}, measured: wantsValues(p, src),
		binders: map[bindingKey]int{}, finalDepth: -1,
	}
}

// collect runs the query, or with walk the walk that stands in for it on
// trees too deep or too wide for the query, and sorts the matches into scopes,
// comments, awaited calls, calls and items for the binding steps.
func (x *extractor) collect(root *sitter.Node, walk bool) *collected {
	q := query()
	cp := q.cap
	c := &collected{}
	match := func(k kind, caps []*sitter.Node) {
		n := caps[cp.node]
		switch k {
		case kDef, kClass, kLambda:
			x.addScope(k, n, caps[cp.name], caps[cp.body])
			start := x.ff.Scopes[len(x.ff.Scopes)-1].Span.Start
			if params := caps[cp.params]; params != nil {
				c.items = append(c.items, pending{kind: kParams, a: params, start: start})
			}
			if k == kDef && caps[cp.returns] != nil {
				c.returns = append(c.returns, pendingReturn{node: caps[cp.returns], def: start, annotation: true})
			}
		case kComment:
			sp := tsx.SpanOf(n)
			c.comments = append(c.comments, source.Comment{Span: sp, Text: x.share(sp), Trailing: tsx.CodeBefore(x.src, sp.Start)})
		case kAwait:
			x.awaited[tsx.SpanOf(n)] = true
		case kCall:
			callee := caps[cp.callee]
			c.calls = append(c.calls, pendingCall{callee: callee, span: tsx.SpanOf(callee), callSpan: tsx.SpanOf(n)})
			if x.measured {
				last := c.calls[len(c.calls)-1]
				c.values = append(c.values, pendingValue{kind: kCall, node: n, span: source.Span{Start: last.span.End, End: last.callSpan.End}})
			}
		case kAssign, kWalrus, kWith, kFor, kExcept:
			c.items = append(c.items, pending{kind: k, node: n, a: caps[cp.lhs], b: caps[cp.rhs], c: caps[cp.typ], start: int(n.StartByte())})
			if x.measured && (k == kFor || k == kAssign) {
				c.values = append(c.values, pendingValue{kind: k, node: n, lhs: caps[cp.lhs], arg: caps[cp.rhs]})
			}
		case kReturn, kWhile:
			if k == kReturn {
				c.returns = append(c.returns, pendingReturn{node: n})
			}
			if x.measured {
				c.values = append(c.values, pendingValue{kind: k, node: n})
			}
		default:
			c.items = append(c.items, pending{kind: k, node: n, start: int(n.StartByte())})
			if k == kStore && kindOf(n) == "yield" {
				c.returns = append(c.returns, pendingReturn{node: n, yield: true})
			}
		}
	}
	if walk {
		walkMatches(root, cp, x.budget, match)
	} else {
		q.q.Each(root, x.budget, func(p int, caps []*sitter.Node) { match(q.kind[p], caps) })
	}
	return c
}

// bindStatic binds what holds before any statement runs: imports, and the
// parameters of each def and lambda. Defs and classes were bound with their
// scopes.
func (x *extractor) bindStatic(items []pending) {
	for _, it := range items {
		if x.budget.Expired() {
			return
		}
		switch it.kind {
		case kImport:
			x.importStatement(it.node)
		case kFrom:
			x.importFrom(it.node)
		case kParams:
			x.parameters(it.start, it.a)
		}
	}
}

// bindAssignments binds values assigned in the file: outer scopes first, in
// source order within a depth, so that a function sees what the module
// binds below it.
func (x *extractor) bindAssignments(items []pending) {
	for i := range items {
		if s := x.scopeAt(items[i].start); s >= 0 {
			items[i].depth = x.depth[s]
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].depth != items[j].depth {
			return items[i].depth < items[j].depth
		}
		return items[i].start < items[j].start
	})
	for _, it := range items {
		if x.budget.Expired() {
			return
		}
		if it.depth > 0 && x.untyped != nil {
			x.retypeParams()
		}
		x.finalDepth = it.depth - 1
		switch it.kind {
		case kAssign:
			x.assignment(it.node, it.a, it.b, it.c)
		case kWalrus, kWith:
			x.bindTarget(it.a, it.b)
		case kFor, kExcept:
			x.bindTarget(it.a, nil)
		}
	}
	x.finalDepth = math.MaxInt
	x.retypeParams()
}

// resolveCalls names every call's callee, outer calls first: resolving a
// chain a.b().c() names every call in it at once, so each inner call finds
// its callee in x.memo.
func (x *extractor) resolveCalls(calls []pendingCall) {
	sort.SliceStable(calls, func(i, j int) bool {
		a, b := calls[i].callSpan, calls[j].callSpan
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	if len(calls) > 0 {
		x.ff.Calls = make([]Call, 0, len(calls))
	}
	for _, c := range calls {
		if x.budget.Expired() {
			return
		}
		x.call(c)
	}
}

// finish orders the bindings and trims the facts, which live for the whole
// run, of append's spare capacity.
func (x *extractor) finish(comments []source.Comment) (*FileFacts, []source.Comment) {
	sort.SliceStable(x.ff.Bindings, func(i, j int) bool { return x.ff.Bindings[i].Span.Start < x.ff.Bindings[j].Span.Start })
	x.ff.Scopes = slices.Clone(x.ff.Scopes)
	x.ff.Bindings = slices.Clone(x.ff.Bindings)
	return x.ff, slices.Clone(comments)
}

// share is the source text of sp without a copy: sources stay loaded for
// the whole run, and facts may point into them.
func (x *extractor) share(sp source.Span) string {
	if sp.End <= sp.Start || sp.End > len(x.src) {
		return ""
	}
	return unsafe.String(&x.src[sp.Start], sp.End-sp.Start)
}

// text is a node's source, or "" for a missing field of a broken tree.
func (x *extractor) text(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	return x.share(tsx.SpanOf(n))
}

// intern returns the file's copy of a short name built by concatenation,
// so that a name resolved at many calls is stored once. Long names (call
// chains) are kept as they are: hashing them for each call would be
// quadratic in a chain's length.
func (x *extractor) intern(s string) string {
	if len(s) > 128 {
		return s
	}
	if v, ok := x.interned[s]; ok {
		return v
	}
	x.interned[s] = s
	return s
}

func joinDot(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}
