package python

import (
	"math"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// The patterns, in this order; pattern indexes below follow it.
const (
	pDef = iota
	pClass
	pLambda
	pCall
	pImport
	pFrom
	pAssign
	pWalrus
	pWith
	pFor
	pExcept
	pAwait
	pComment
	pDecorated
	pLoop
	pTry
	pStore
	// pParams is no pattern: defs and lambdas leave their parameters.
	pParams
)

var query = tsx.NewQuery(tspython.GetLanguage, `
(function_definition name: (identifier) @name parameters: (parameters)? @params body: (block) @body) @node
(class_definition name: (identifier) @name body: (block) @body) @node
(lambda parameters: (lambda_parameters)? @params body: (_) @body) @node
(call function: (_) @callee) @node
(import_statement) @node
(import_from_statement) @node
(assignment left: (_) @lhs type: (_)? @type right: (_)? @rhs) @node
(named_expression name: (identifier) @lhs value: (_) @rhs) @node
(with_item value: (as_pattern (_) @rhs alias: (as_pattern_target (_) @lhs))) @node
(for_statement left: (_) @lhs) @node
(except_clause (as_pattern alias: (as_pattern_target (identifier) @lhs))) @node
(await (call) @node)
(comment) @node
(decorated_definition) @node
[(for_statement) (while_statement) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @node
(try_statement) @node
[(assignment) (return_statement) (yield) (delete_statement) (global_statement) (nonlocal_statement)] @node
`)

// captures are the query's capture indexes, looked up once.
var captures = sync.OnceValue(func() (c struct{ node, name, body, callee, lhs, rhs, typ, params int }) {
	c.node, c.name, c.body = query.Capture("node"), query.Capture("name"), query.Capture("body")
	c.callee, c.lhs, c.rhs, c.params = query.Capture("callee"), query.Capture("lhs"), query.Capture("rhs"), query.Capture("params")
	c.typ = query.Capture("type")
	return c
})

// pending is what one binding match leaves for the passes after the query:
// node pointers live only while the tree does, inside Extract.
type pending struct {
	pattern int
	node    *sitter.Node
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

// Extract computes the facts of one parsed file. It is exported for the
// fuzz tests and for tools that parse on their own. Texts in the facts and
// comments share src's bytes: src must not change afterwards.
func Extract(p, module string, src []byte, root *sitter.Node, b *tsx.Budget) (*FileFacts, []source.Comment) {
	x := &extractor{
		src: src, ff: &FileFacts{Path: p, Module: module}, isPackage: path.Base(p) == "__init__.py",
		awaited: map[source.Span]bool{}, byKey: map[bindingKey][]int32{}, scopeByStart: map[int]int{}, attrs: map[string]string{},
		memo: map[source.Span]string{}, interned: map[string]string{},
		binders: map[bindingKey]int{}, finalDepth: -1,
	}
	cp := captures()
	var items []pending
	var calls []pendingCall
	var comments []source.Comment
	query.Each(root, b, func(pattern int, caps []*sitter.Node) {
		n := caps[cp.node]
		switch pattern {
		case pDef, pClass, pLambda:
			x.addScope(pattern, n, caps[cp.name], caps[cp.body])
			if params := caps[cp.params]; params != nil {
				items = append(items, pending{pattern: pParams, a: params, start: x.ff.Scopes[len(x.ff.Scopes)-1].Span.Start})
			}
		case pComment:
			sp := tsx.SpanOf(n)
			comments = append(comments, source.Comment{Span: sp, Text: x.share(sp), Trailing: tsx.CodeBefore(src, sp.Start)})
		case pAwait:
			x.awaited[tsx.SpanOf(n)] = true
		case pCall:
			callee := caps[cp.callee]
			calls = append(calls, pendingCall{callee: callee, span: tsx.SpanOf(callee), callSpan: tsx.SpanOf(n)})
		case pAssign, pWalrus, pWith, pFor, pExcept:
			items = append(items, pending{pattern: pattern, node: n, a: caps[cp.lhs], b: caps[cp.rhs], c: caps[cp.typ], start: int(n.StartByte())})
		default:
			items = append(items, pending{pattern: pattern, node: n, start: int(n.StartByte())})
		}
	})
	x.linkScopes()
	// Static bindings first (imports, defs, parameters), then values bound
	// by assignment, outer scopes first and in source order within a depth,
	// then calls against all of them.
	for _, it := range items {
		switch it.pattern {
		case pImport:
			x.importStatement(it.node)
		case pFrom:
			x.importFrom(it.node)
		case pParams:
			x.parameters(it.start, it.a)
		}
	}
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
		x.finalDepth = it.depth - 1
		switch it.pattern {
		case pAssign:
			x.assignment(it.node, it.a, it.b, it.c)
		case pWalrus, pWith:
			x.bindTarget(it.a, it.b)
		case pFor, pExcept:
			x.bindTarget(it.a, nil)
		}
	}
	x.finalDepth = math.MaxInt
	// Outer calls first: resolving a chain a.b().c() names every call in
	// it at once, so each inner call finds its callee in x.memo.
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
		x.call(c)
	}
	x.flow(items)
	sort.SliceStable(x.ff.Bindings, func(i, j int) bool { return x.ff.Bindings[i].Span.Start < x.ff.Bindings[j].Span.Start })
	// Facts live for the whole run: drop append's spare capacity.
	x.ff.Scopes = slices.Clone(x.ff.Scopes)
	x.ff.Bindings = slices.Clone(x.ff.Bindings)
	return x.ff, slices.Clone(comments)
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
	path       []int
	// memo holds the resolved callee of calls already named, by call span.
	memo map[source.Span]string
	// interned keeps one copy of each short resolved name of the file.
	interned map[string]string
	key      []byte
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

func (x *extractor) addScope(pattern int, n, name, body *sitter.Node) {
	s := Scope{Span: tsx.SpanOf(n), Body: tsx.SpanOf(body), Parent: -1}
	switch pattern {
	case pDef:
		// A def node starts with its first keyword; decorators stand
		// outside it.
		s.Kind = Def
		if strings.HasPrefix(string(x.src[s.Span.Start:min(s.Span.Start+5, len(x.src))]), "async") {
			s.Kind = AsyncDef
		}
	case pClass:
		s.Kind = Class
	case pLambda:
		s.Kind = Lambda
	}
	if name != nil {
		s.Name = x.text(name)
		s.NameSpan = tsx.SpanOf(name)
	}
	x.ff.Scopes = append(x.ff.Scopes, s)
}

// maxQualDepth bounds the nesting depth of scopes that get a Qual: each
// Qual repeats its parent's, so n nested lambdas would otherwise hold
// O(n²) bytes of names. Python itself refuses code nested this deep.
const maxQualDepth = 200

// linkScopes sorts scopes by position, finds each one's parent with a stack
// and names them.
func (x *extractor) linkScopes() {
	sc := x.ff.Scopes
	sort.SliceStable(sc, func(i, j int) bool { return sc[i].Span.Start < sc[j].Span.Start })
	x.depth = make([]int, len(sc))
	var stack []int
	for i := range sc {
		for len(stack) > 0 && !sc[stack[len(stack)-1]].Body.Contains(sc[i].Span) {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			sc[i].Parent = stack[len(stack)-1]
		}
		stack = append(stack, i)
		x.depth[i] = len(stack)
		x.scopeByStart[sc[i].Span.Start] = i
		parent := x.ff.Module
		if sc[i].Parent >= 0 {
			parent = sc[sc[i].Parent].Qual
		}
		name := sc[i].Name
		if sc[i].Kind == Lambda {
			name = "<lambda>"
		}
		if x.depth[i] <= maxQualDepth {
			sc[i].Qual = joinDot(parent, name)
		}
		if sc[i].Kind != Lambda {
			x.addBinding(Binding{Name: sc[i].Name, Value: sc[i].Qual, Span: sc[i].NameSpan, Scope: sc[i].Parent})
		}
	}
	x.bodyBounds()
}

// bodyBounds cuts the file at each scope body's first and last byte and
// notes the innermost body holding each piece. Bodies nest or are
// disjoint (they are nodes of one tree), so a stack sweep in body order
// does it.
func (x *extractor) bodyBounds() {
	sc := x.ff.Scopes
	order := make([]int, len(sc))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := sc[order[i]].Body, sc[order[j]].Body
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	mark := func(at, scope int) {
		if k := len(x.bounds) - 1; k >= 0 && x.bounds[k] == at {
			x.inner[k] = scope
			return
		}
		x.bounds = append(x.bounds, at)
		x.inner = append(x.inner, scope)
	}
	var stack []int
	pop := func() {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		below := -1
		if len(stack) > 0 {
			below = stack[len(stack)-1]
		}
		mark(sc[top].Body.End, below)
	}
	for _, i := range order {
		for len(stack) > 0 && sc[stack[len(stack)-1]].Body.End <= sc[i].Body.Start {
			pop()
		}
		stack = append(stack, i)
		mark(sc[i].Body.Start, i)
	}
	for len(stack) > 0 {
		pop()
	}
}

// scopeAt is the innermost scope whose body holds offset, or -1.
func (x *extractor) scopeAt(offset int) int {
	k := sort.SearchInts(x.bounds, offset+1) - 1
	if k < 0 {
		return -1
	}
	return x.inner[k]
}

func (x *extractor) addBinding(b Binding) {
	i := int32(len(x.ff.Bindings))
	x.ff.Bindings = append(x.ff.Bindings, b)
	k := bindingKey{b.Scope, b.Name}
	list := x.byKey[k]
	// Bindings mostly arrive in source order, so the copy is mostly empty;
	// the search keeps the rest a memmove.
	at := len(list)
	if at > 0 && x.ff.Bindings[list[at-1]].Span.Start > b.Span.Start {
		at = sort.Search(len(list), func(j int) bool { return x.ff.Bindings[list[j]].Span.Start > b.Span.Start })
	}
	list = append(list, 0)
	copy(list[at+1:], list[at:])
	list[at] = i
	x.byKey[k] = list
}

func (x *extractor) bind(name *sitter.Node, value string) {
	sp := tsx.SpanOf(name)
	x.addBinding(Binding{Name: x.share(sp), Value: value, Span: sp, Scope: x.scopeAt(sp.Start)})
}

// assignment binds the targets of `a = v`, `a: T = v`, `a: T`,
// `a = b = v` and `a, b = v, w`.
// The query captures the type and the right side, to spare cgo calls.
func (x *extractor) assignment(n, lhs, rhs, typ *sitter.Node) {
	for rhs != nil && rhs.Type() == "assignment" {
		rhs = rhs.ChildByFieldName("right")
	}
	switch lhs.Type() {
	case "attribute":
		x.attribute(lhs, rhs, typ)
		return
	case "identifier":
		sp := tsx.SpanOf(lhs)
		v := ""
		if typ != nil {
			v = x.annotation(typ, sp.Start)
		}
		if v == "" && rhs != nil {
			v = x.resolve(unparen(rhs), sp.Start, false)
		}
		// A class attribute is what self.name gives in its methods.
		scope := x.scopeAt(sp.Start)
		if scope >= 0 && x.ff.Scopes[scope].Kind == Class {
			x.setAttr(x.ff.Scopes[scope].Qual+"."+x.share(sp), v)
		}
		if v != "" || rhs == nil {
			// A bare annotation binds nothing at run time, but tells the type.
			if v != "" {
				x.addBinding(Binding{Name: x.share(sp), Value: v, Span: sp, Scope: scope})
			}
			return
		}
	}
	x.bindTarget(lhs, rhs)
}

// setAttr records what a class attribute holds; two different values make
// it unknown, and a value that resolves to nothing is ignored.
func (x *extractor) setAttr(key, v string) {
	if v == "" {
		return
	}
	if old, ok := x.attrs[key]; ok && old != v {
		v = ""
	}
	x.attrs[key] = v
}

// attribute records `self.x = v` (and `self.x: T = v`) in a method: later
// chains through self.x in any method of the class resolve through v. Two
// different values make the attribute unknown; a value that resolves to
// nothing (None, a literal) is ignored.
func (x *extractor) attribute(lhs, rhs, typ *sitter.Node) {
	obj, attr := lhs.ChildByFieldName("object"), lhs.ChildByFieldName("attribute")
	if obj == nil || attr == nil || obj.Type() != "identifier" || (x.text(obj) != "self" && x.text(obj) != "cls") {
		return
	}
	at := int(lhs.StartByte())
	cls := x.enclosingClass(x.scopeAt(at))
	if cls < 0 {
		return
	}
	v := ""
	if typ != nil {
		v = x.annotation(typ, at)
	}
	if v == "" && rhs != nil {
		v = x.resolve(unparen(rhs), at, false)
	}
	x.setAttr(x.ff.Scopes[cls].Qual+"."+x.text(attr), v)
}

// enclosingClass is the class of the method scope stands in, or -1.
func (x *extractor) enclosingClass(scope int) int {
	if scope < 0 || !x.ff.Scopes[scope].IsFunction() {
		return -1
	}
	if p := x.ff.Scopes[scope].Parent; p >= 0 && x.ff.Scopes[p].Kind == Class {
		return p
	}
	return -1
}

// bindTarget binds each name of a target to what the matching part of the
// value resolves to, or shadows it when the value is unknown (value nil:
// loop variables, exception names).
func (x *extractor) bindTarget(target, value *sitter.Node) {
	type pair struct{ t, v *sitter.Node }
	work := []pair{{target, value}}
	for len(work) > 0 {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		t, v := unparen(p.t), p.v
		if v != nil {
			v = unparen(v)
		}
		switch t.Type() {
		case "identifier":
			val := ""
			if v != nil {
				val = x.resolve(v, int(t.StartByte()), false)
			}
			x.bind(t, val)
		case "tuple_pattern", "list_pattern", "pattern_list", "tuple", "list":
			ts := namedChildren(t)
			var vs []*sitter.Node
			if v != nil && (v.Type() == "tuple" || v.Type() == "list" || v.Type() == "expression_list") && int(v.NamedChildCount()) == len(ts) {
				vs = namedChildren(v)
			}
			for i, ti := range ts {
				var vi *sitter.Node
				if vs != nil {
					vi = vs[i]
				}
				work = append(work, pair{ti, vi})
			}
		case "list_splat_pattern":
			if t.NamedChildCount() > 0 {
				work = append(work, pair{t.NamedChild(0), nil})
			}
		}
	}
}

// namedChildren lists n's named children. Node.NamedChild(i) counts from
// the first child in C on every call, which is quadratic over a wide node
// (an import of thousands of names); a cursor reads each child once.
func namedChildren(n *sitter.Node) []*sitter.Node {
	count := int(n.NamedChildCount())
	out := make([]*sitter.Node, 0, count)
	if count <= 8 {
		// Few children: one cgo call each beats a cursor's three.
		for i := 0; i < count; i++ {
			out = append(out, n.NamedChild(i))
		}
		return out
	}
	eachChild(n, func(c *sitter.Node, _ func() string) {
		if c.IsNamed() {
			out = append(out, c)
		}
	})
	return out
}

// fieldChildren lists n's children in field, in order.
func fieldChildren(n *sitter.Node, field string) []*sitter.Node {
	var out []*sitter.Node
	eachChild(n, func(c *sitter.Node, fieldName func() string) {
		if fieldName() == field {
			out = append(out, c)
		}
	})
	return out
}

// eachChild calls fn with each child of n and a function giving the
// child's field name, walking with a cursor.
func eachChild(n *sitter.Node, fn func(c *sitter.Node, fieldName func() string)) {
	cur := sitter.NewTreeCursor(n)
	defer func() {
		cur.Close()
		// As tsx does: no finalizer left to keep the tree's node cache.
		runtime.SetFinalizer(cur, nil)
	}()
	fieldName := func() string { return cur.CurrentFieldName() }
	for ok := cur.GoToFirstChild(); ok; ok = cur.GoToNextSibling() {
		fn(cur.CurrentNode(), fieldName)
	}
}

func unparen(n *sitter.Node) *sitter.Node {
	for n.Type() == "parenthesized_expression" && n.NamedChildCount() == 1 {
		n = n.NamedChild(0)
	}
	return n
}

// annotation resolves a type annotation to an instance of its class:
// `httpx.Client`, `Optional[httpx.Client]`, `httpx.Client | None` and
// `Union[httpx.Client, None]` give "httpx.Client()". Anything else gives "".
func (x *extractor) annotation(t *sitter.Node, offset int) string {
	n := t
	for i := 0; i < 8 && n != nil; i++ {
		switch n.Type() {
		case "type", "parenthesized_expression":
			if n.NamedChildCount() != 1 {
				return ""
			}
			n = n.NamedChild(0)
		case "binary_operator":
			l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
			switch {
			case l == nil || r == nil || n.ChildByFieldName("operator") == nil || x.text(n.ChildByFieldName("operator")) != "|":
				return ""
			case r.Type() == "none":
				n = l
			case l.Type() == "none":
				n = r
			default:
				return ""
			}
		case "generic_type", "subscript":
			n = x.optionalArg(n, offset)
		case "identifier", "attribute":
			if v := x.resolve(n, offset, false); v != "" && !strings.ContainsAny(v, "()[]/") {
				return v + "()"
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}

// optionalArg is X in Optional[X] or Union[X, None], or nil.
func (x *extractor) optionalArg(n *sitter.Node, offset int) *sitter.Node {
	base := n.ChildByFieldName("value")
	var args []*sitter.Node
	if n.Type() == "generic_type" {
		base = n.NamedChild(0)
		if n.NamedChildCount() == 2 {
			args = namedChildren(n.NamedChild(1))
		}
	} else {
		args = fieldChildren(n, "subscript")
	}
	if base == nil {
		return nil
	}
	name := x.resolve(base, offset, false)
	name = name[strings.LastIndexByte(name, '.')+1:]
	var keep []*sitter.Node
	for _, a := range args {
		inner := a
		if inner.Type() == "type" && inner.NamedChildCount() == 1 {
			inner = inner.NamedChild(0)
		}
		if inner.Type() != "none" {
			keep = append(keep, a)
		}
	}
	if (name == "Optional" || name == "Union") && len(keep) == 1 {
		return keep[0]
	}
	return nil
}

func (x *extractor) importStatement(n *sitter.Node) {
	for _, c := range namedChildren(n) {
		switch c.Type() {
		case "dotted_name":
			full := x.text(c)
			first := strings.SplitN(full, ".", 2)[0]
			x.bindAt(first, first, c)
		case "aliased_import":
			x.bindAt(x.text(c.ChildByFieldName("alias")), x.text(c.ChildByFieldName("name")), c)
		}
	}
}

func (x *extractor) importFrom(n *sitter.Node) {
	mod := n.ChildByFieldName("module_name")
	if mod == nil {
		return
	}
	base := x.text(mod)
	if mod.Type() == "relative_import" {
		base = x.relative(base)
	}
	for _, c := range fieldChildren(n, "name") {
		switch c.Type() {
		case "dotted_name":
			name := x.text(c)
			x.bindAt(name, joinDot(base, name), c)
		case "aliased_import":
			x.bindAt(x.text(c.ChildByFieldName("alias")), joinDot(base, x.text(c.ChildByFieldName("name"))), c)
		}
	}
}

// relative resolves ".mod" or "..pkg.mod" against this file's package.
func (x *extractor) relative(rel string) string {
	dots := len(rel) - len(strings.TrimLeft(rel, "."))
	pkg := strings.Split(x.ff.Module, ".")
	if !x.isPackage {
		pkg = pkg[:len(pkg)-1]
	}
	up := dots - 1
	if up > len(pkg) {
		up = len(pkg)
	}
	return joinDot(strings.Join(pkg[:len(pkg)-up], "."), rel[dots:])
}

func (x *extractor) bindAt(name, value string, at *sitter.Node) {
	sp := tsx.SpanOf(at)
	x.addBinding(Binding{Name: name, Value: value, Span: sp, Scope: x.scopeAt(sp.Start)})
}

// parameters binds the parameter names of a def or lambda: to an instance of
// their annotated class when the annotation names one (`c: httpx.Client`),
// else to nothing, so that they hide imports of the same name.
// def is the def or lambda node (Node.Parent walks down from the root, so
// the query captures both instead).
func (x *extractor) parameters(defStart int, n *sitter.Node) {
	fn, ok := x.scopeByStart[defStart]
	if !ok || n == nil {
		return
	}
	outer := x.ff.Scopes[fn].Span.Start
	for _, c := range namedChildren(n) {
		var id, typ *sitter.Node
		switch c.Type() {
		case "identifier":
			id = c
		case "default_parameter":
			id = c.ChildByFieldName("name")
		case "typed_default_parameter":
			id, typ = c.ChildByFieldName("name"), c.ChildByFieldName("type")
		case "typed_parameter":
			id, typ = c.NamedChild(0), c.ChildByFieldName("type")
		case "list_splat_pattern", "dictionary_splat_pattern":
			id = c.NamedChild(0)
		}
		// A plain name needs no second look at its type.
		if id == nil || (id != c && id.Type() != "identifier") {
			continue
		}
		value := ""
		if typ != nil {
			// Annotations are evaluated where the def stands.
			value = x.annotation(typ, outer)
		}
		sp := tsx.SpanOf(id)
		x.addBinding(Binding{Name: x.share(sp), Value: value, Span: sp, Scope: fn})
	}
}

// lookup resolves a bare name used at offset in scope: the nearest scope
// (skipping class bodies above the first, as Python does) that binds it, the
// last binding before offset or else the first after it.
func (x *extractor) lookup(name string, scope, offset int) (string, bool) {
	if v, ok := x.bindingIn(name, scope, offset); ok || scope < 0 {
		return v, ok
	}
	if q := x.binder(name, x.ff.Scopes[scope].Parent); q != noScope {
		return x.bindingIn(name, q, offset)
	}
	return "", false
}

// noScope is binder's answer when no scope binds the name.
const noScope = -2

// binder is the nearest of scope and its ancestors that binds name, class
// bodies skipped, or noScope. Answers are memoised for scopes whose
// bindings are final (see final), so that lookups from deep inside nested
// scopes do not walk the same chain again: a file of n nested lambdas
// each calling f costs O(n), not O(n²).
func (x *extractor) binder(name string, scope int) int {
	path := x.path[:0]
	found := noScope
	for {
		final := x.final(scope)
		if final {
			if q, ok := x.binders[bindingKey{scope, name}]; ok {
				found = q
				break
			}
			path = append(path, scope)
		}
		if (scope < 0 || x.ff.Scopes[scope].Kind != Class) && len(x.byKey[bindingKey{scope, name}]) > 0 {
			found = scope
			break
		}
		if scope < 0 {
			break
		}
		scope = x.ff.Scopes[scope].Parent
	}
	for _, s := range path {
		x.binders[bindingKey{s, name}] = found
	}
	x.path = path
	return found
}

// final tells whether a scope's bindings can still change: values are
// bound outermost first, so while items of depth d are bound, scopes
// above d are complete; once calls are resolved, all are.
func (x *extractor) final(scope int) bool {
	depth := 0
	if scope >= 0 {
		depth = x.depth[scope]
	}
	return depth <= x.finalDepth
}

func (x *extractor) bindingIn(name string, scope, offset int) (string, bool) {
	list := x.byKey[bindingKey{scope, name}]
	if len(list) == 0 {
		return "", false
	}
	// The last binding at or before offset, else the first after it.
	i := sort.Search(len(list), func(i int) bool { return x.ff.Bindings[list[i]].Span.Start > offset })
	if i > 0 {
		return x.ff.Bindings[list[i-1]].Value, true
	}
	return x.ff.Bindings[list[0]].Value, true
}

// resolve names an expression: identifiers through bindings, attribute
// chains by appending, calls in the chain as "()", subscripts as "[]" and
// the / operator (pathlib's join) as "/". It walks down the chain with a
// loop, never recursion. A call met on the way that x.memo already names
// ends the walk; with memoize, every call met gets its callee in x.memo as
// a prefix of the one string built, so a chain of n calls costs O(n) time
// and memory however its calls are asked for.
func (x *extractor) resolve(n *sitter.Node, offset int, memoize bool) string {
	if s, ok := x.dotted(x.text(n), offset); ok {
		return s
	}
	type step struct {
		suffix string
		call   source.Span // the call node this step leaves, for "()"
	}
	var steps []step
	base, known := "", false
walk:
	for n != nil {
		switch n.Type() {
		case "attribute":
			steps = append(steps, step{suffix: "." + x.text(n.ChildByFieldName("attribute"))})
			n = n.ChildByFieldName("object")
		case "call":
			sp := tsx.SpanOf(n)
			if v, ok := x.memo[sp]; ok {
				if v != "" {
					base, known = v+"()", true
				}
				break walk
			}
			steps = append(steps, step{suffix: "()", call: sp})
			n = n.ChildByFieldName("function")
		case "subscript":
			steps = append(steps, step{suffix: "[]"})
			n = n.ChildByFieldName("value")
		case "binary_operator":
			if op := n.ChildByFieldName("operator"); op == nil || x.text(op) != "/" {
				break walk
			}
			steps = append(steps, step{suffix: "/"})
			n = n.ChildByFieldName("left")
		case "parenthesized_expression":
			if n.NamedChildCount() != 1 {
				break walk
			}
			n = n.NamedChild(0)
		case "identifier":
			base = x.name(x.text(n), offset)
			known = base != ""
			// self.client resolves through what the class assigned to it.
			if k := len(steps) - 1; known && k >= 0 {
				if v, ok := x.attr(base, steps[k].suffix); ok {
					base, known = v, v != ""
					steps = steps[:k]
				}
			}
			break walk
		default:
			break walk
		}
	}
	full := ""
	if known {
		var b strings.Builder
		size := len(base)
		for _, st := range steps {
			size += len(st.suffix)
		}
		b.Grow(size)
		b.WriteString(base)
		for i := len(steps) - 1; i >= 0; i-- {
			b.WriteString(steps[i].suffix)
		}
		full = b.String()
	}
	if memoize {
		// Each call met is named by the prefix of full that ends before
		// its "()"; unknown chains leave every call in them unknown.
		end := len(full)
		for _, st := range steps {
			end -= len(st.suffix)
			if st.suffix == "()" {
				if known {
					x.memo[st.call] = full[:end]
				} else {
					x.memo[st.call] = ""
				}
			}
		}
	}
	return x.intern(full)
}

// dotted resolves a plain dotted name ("a", "a.b.c") from its source text,
// without walking the tree; ok is false for anything else, which resolve
// then walks. Most callees are such names.
func (x *extractor) dotted(text string, offset int) (string, bool) {
	first, ok := dottedName(text)
	if !ok {
		return "", false
	}
	base := x.name(first, offset)
	if base == "" {
		return "", true
	}
	rest, rewritten := text[len(first):], false
	if rest != "" {
		attr := rest
		if i := strings.IndexByte(rest[1:], '.'); i >= 0 {
			attr = rest[:i+1]
		}
		if v, ok := x.attr(base, attr); ok {
			if v == "" {
				return "", true
			}
			base, rest, rewritten = v, rest[len(attr):], true
		}
	}
	switch {
	case rest == "":
		return base, true
	case base == first && !rewritten:
		// Unbound: the name as written, which the source already holds.
		return text, true
	}
	return x.intern(base + rest), true
}

// dottedName reports whether s is identifiers joined by dots, as the
// grammar parses into identifier and attribute nodes, and gives the first.
// Keywords, digits first, non-ASCII, blanks and comments are refused.
func dottedName(s string) (first string, ok bool) {
	seg := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || ('0' <= c && c <= '9' && i > seg) {
				continue
			}
			if c != '.' {
				return "", false
			}
		}
		if i == seg || keyword(s[seg:i]) {
			return "", false
		}
		if seg == 0 {
			first = s[:i]
		}
		seg = i + 1
	}
	return first, true
}

// keyword is true for Python's reserved words, which are not names.
func keyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
		"return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// attr is what the class attribute base+suffix holds (suffix ".name"), if
// a method or the class body set it.
func (x *extractor) attr(base, suffix string) (string, bool) {
	if len(x.attrs) == 0 {
		return "", false
	}
	x.key = append(append(x.key[:0], base...), suffix...)
	v, ok := x.attrs[string(x.key)]
	return v, ok
}

// name resolves one identifier; self and cls name the enclosing class.
func (x *extractor) name(id string, offset int) string {
	scope := x.scopeAt(offset)
	if id == "self" || id == "cls" {
		if fn := scope; fn >= 0 && x.ff.Scopes[fn].IsFunction() {
			if cls := x.ff.Scopes[fn].Parent; cls >= 0 && x.ff.Scopes[cls].Kind == Class {
				return x.ff.Scopes[cls].Qual
			}
		}
	}
	if v, ok := x.lookup(id, scope, offset); ok {
		return v
	}
	return id
}

func (x *extractor) call(p pendingCall) {
	callee, ok := x.memo[p.callSpan]
	if !ok {
		callee, ok = x.dotted(x.share(p.span), p.span.Start)
	}
	if !ok {
		callee = x.resolve(p.callee, p.span.Start, true)
	}
	c := Call{
		Callee:   callee,
		Text:     x.share(p.span),
		Span:     p.span,
		CallSpan: p.callSpan,
		Scope:    x.scopeAt(p.span.Start),
	}
	if c.Scope >= 0 {
		c.Async = x.ff.Scopes[c.Scope].Kind == AsyncDef
	}
	c.Awaited = x.awaited[c.CallSpan]
	x.ff.Calls = append(x.ff.Calls, c)
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
