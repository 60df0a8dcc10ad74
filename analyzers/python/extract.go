package python

import (
	"path"
	"sort"
	"strings"

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
	pAwait
	pParams
	pComment
)

var query = tsx.NewQuery(tspython.GetLanguage, `
(function_definition name: (identifier) @name body: (block) @body) @node
(class_definition name: (identifier) @name body: (block) @body) @node
(lambda body: (_) @body) @node
(call function: (_) @callee) @node
(import_statement) @node
(import_from_statement) @node
(assignment left: (identifier) @lhs right: (_) @rhs) @node
(named_expression name: (identifier) @lhs value: (_) @rhs) @node
(with_item value: (as_pattern (_) @rhs alias: (as_pattern_target (identifier) @lhs))) @node
(await (call) @node)
[(parameters) (lambda_parameters)] @node
(comment) @node
`)

// pending is what one match leaves for the passes after the query: node
// pointers live only while the tree does, inside Extract.
type pending struct {
	pattern int
	node    *sitter.Node
	a, b    *sitter.Node
}

// Extract computes the facts of one parsed file. It is exported for the
// fuzz tests and for tools that parse on their own.
func Extract(p, module string, src []byte, root *sitter.Node) (*FileFacts, []source.Comment) {
	x := &extractor{src: src, ff: &FileFacts{Path: p, Module: module}, isPackage: path.Base(p) == "__init__.py", awaited: map[source.Span]bool{}, byName: map[string][]int{}}
	var items []pending
	var comments []source.Comment
	query.Matches(root, func(pattern int, caps map[string]*sitter.Node) {
		n := caps["node"]
		switch pattern {
		case pDef, pClass, pLambda:
			x.addScope(pattern, n, caps["name"], caps["body"])
		case pComment:
			comments = append(comments, tsx.Comment(n, src))
		case pAwait:
			x.awaited[tsx.SpanOf(n)] = true
		case pCall:
			items = append(items, pending{pattern, n, caps["callee"], nil})
		case pAssign, pWalrus, pWith:
			items = append(items, pending{pattern, n, caps["lhs"], caps["rhs"]})
		default:
			items = append(items, pending{pattern, n, nil, nil})
		}
	})
	x.linkScopes()
	// Static bindings first (imports, defs, parameters), then values bound
	// by assignment in source order, then calls against all of them.
	for _, it := range items {
		switch it.pattern {
		case pImport:
			x.importStatement(it.node)
		case pFrom:
			x.importFrom(it.node)
		case pParams:
			x.parameters(it.node)
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].node.StartByte() < items[j].node.StartByte() })
	for _, it := range items {
		if it.pattern == pAssign || it.pattern == pWalrus || it.pattern == pWith {
			at := tsx.SpanOf(it.a)
			if v := x.resolve(it.b, at.Start); v != "" {
				x.bind(it.a, v)
			} else {
				x.bindShadow(it.a)
			}
		}
	}
	for _, it := range items {
		if it.pattern == pCall {
			x.call(it.node, it.a)
		}
	}
	sort.SliceStable(x.ff.Bindings, func(i, j int) bool { return x.ff.Bindings[i].Span.Start < x.ff.Bindings[j].Span.Start })
	return x.ff, comments
}

type extractor struct {
	src       []byte
	ff        *FileFacts
	isPackage bool
	awaited   map[source.Span]bool
	// byName indexes Bindings by name; rebuilt lazily when Bindings grows.
	byName  map[string][]int
	indexed int
}

func (x *extractor) text(n *sitter.Node) string { return tsx.Text(n, x.src) }

func (x *extractor) addScope(pattern int, n, name, body *sitter.Node) {
	s := Scope{Span: tsx.SpanOf(n), Body: tsx.SpanOf(body), Parent: -1}
	switch pattern {
	case pDef:
		s.Kind = Def
		if n.Child(0) != nil && n.Child(0).Type() == "async" {
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

// linkScopes sorts scopes by position, finds each one's parent with a stack
// and names them.
func (x *extractor) linkScopes() {
	sc := x.ff.Scopes
	sort.SliceStable(sc, func(i, j int) bool { return sc[i].Span.Start < sc[j].Span.Start })
	var stack []int
	for i := range sc {
		for len(stack) > 0 && !sc[stack[len(stack)-1]].Body.Contains(sc[i].Span) {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			sc[i].Parent = stack[len(stack)-1]
		}
		stack = append(stack, i)
		parent := x.ff.Module
		if sc[i].Parent >= 0 {
			parent = sc[sc[i].Parent].Qual
		}
		name := sc[i].Name
		if sc[i].Kind == Lambda {
			name = "<lambda>"
		}
		sc[i].Qual = joinDot(parent, name)
		if sc[i].Kind != Lambda {
			x.ff.Bindings = append(x.ff.Bindings, Binding{Name: sc[i].Name, Value: sc[i].Qual, Span: sc[i].NameSpan, Scope: sc[i].Parent})
		}
	}
}

// scopeAt is the innermost scope whose body holds offset, or -1.
func (x *extractor) scopeAt(offset int) int {
	best := -1
	for i, s := range x.ff.Scopes {
		if s.Span.Start > offset {
			break
		}
		if s.Body.Start <= offset && offset < s.Body.End {
			best = i
		}
	}
	return best
}

func (x *extractor) bind(name *sitter.Node, value string) {
	sp := tsx.SpanOf(name)
	x.ff.Bindings = append(x.ff.Bindings, Binding{Name: x.text(name), Value: value, Span: sp, Scope: x.scopeAt(sp.Start)})
}

// bindShadow records a name bound to something unknown, so that it hides an
// import of the same name instead of resolving to it.
func (x *extractor) bindShadow(name *sitter.Node) { x.bind(name, "") }

func (x *extractor) importStatement(n *sitter.Node) {
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
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
	for i := 0; i < int(n.ChildCount()); i++ {
		if n.FieldNameForChild(i) != "name" {
			continue
		}
		c := n.Child(i)
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
	x.ff.Bindings = append(x.ff.Bindings, Binding{Name: name, Value: value, Span: sp, Scope: x.scopeAt(sp.Start)})
}

// parameters shadows imports with the parameter names of a def or lambda.
func (x *extractor) parameters(n *sitter.Node) {
	fn := x.scopeOfParams(tsx.SpanOf(n).Start)
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		var id *sitter.Node
		switch c.Type() {
		case "identifier":
			id = c
		case "default_parameter", "typed_default_parameter":
			id = c.ChildByFieldName("name")
		case "typed_parameter", "list_splat_pattern", "dictionary_splat_pattern":
			id = c.NamedChild(0)
		}
		if id == nil || id.Type() != "identifier" {
			continue
		}
		sp := tsx.SpanOf(id)
		x.ff.Bindings = append(x.ff.Bindings, Binding{Name: x.text(id), Span: sp, Scope: fn})
	}
}

// scopeOfParams is the innermost def or lambda whose header holds offset.
func (x *extractor) scopeOfParams(offset int) int {
	best := -1
	for i, s := range x.ff.Scopes {
		if s.Span.Start > offset {
			break
		}
		if s.Kind != Class && s.Span.Start <= offset && offset < s.Body.Start {
			best = i
		}
	}
	return best
}

// lookup resolves a bare name used at offset in scope: the nearest scope
// (skipping class bodies above the first, as Python does) that binds it, the
// last binding before offset or else the first after it.
func (x *extractor) lookup(name string, scope, offset int) (string, bool) {
	first := true
	for {
		if first || scope < 0 || x.ff.Scopes[scope].Kind != Class {
			if v, ok := x.bindingIn(name, scope, offset); ok {
				return v, true
			}
		}
		if scope < 0 {
			return "", false
		}
		scope = x.ff.Scopes[scope].Parent
		first = false
	}
}

func (x *extractor) bindingIn(name string, scope, offset int) (string, bool) {
	for ; x.indexed < len(x.ff.Bindings); x.indexed++ {
		b := x.ff.Bindings[x.indexed]
		x.byName[b.Name] = append(x.byName[b.Name], x.indexed)
	}
	var before, after *Binding
	for _, i := range x.byName[name] {
		b := &x.ff.Bindings[i]
		if b.Scope != scope {
			continue
		}
		if b.Span.Start <= offset {
			if before == nil || b.Span.Start >= before.Span.Start {
				before = b
			}
		} else if after == nil || b.Span.Start < after.Span.Start {
			after = b
		}
	}
	if before != nil {
		return before.Value, true
	}
	if after != nil {
		return after.Value, true
	}
	return "", false
}

// resolve names an expression: identifiers through bindings, attribute
// chains by appending, calls in the chain as "()". It walks down the chain
// with a loop, never recursion.
func (x *extractor) resolve(n *sitter.Node, offset int) string {
	var suffix []string
	for {
		switch n.Type() {
		case "attribute":
			suffix = append(suffix, "."+x.text(n.ChildByFieldName("attribute")))
			n = n.ChildByFieldName("object")
			continue
		case "call":
			suffix = append(suffix, "()")
			n = n.ChildByFieldName("function")
			continue
		case "parenthesized_expression":
			if n.NamedChildCount() == 1 {
				n = n.NamedChild(0)
				continue
			}
			return ""
		case "identifier":
			base := x.name(x.text(n), offset)
			if base == "" {
				return ""
			}
			var b strings.Builder
			b.WriteString(base)
			for i := len(suffix) - 1; i >= 0; i-- {
				b.WriteString(suffix[i])
			}
			return b.String()
		default:
			return ""
		}
	}
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

func (x *extractor) call(n, callee *sitter.Node) {
	sp := tsx.SpanOf(callee)
	c := Call{
		Callee:   x.resolve(callee, sp.Start),
		Text:     x.text(callee),
		Span:     sp,
		CallSpan: tsx.SpanOf(n),
		Scope:    x.scopeAt(sp.Start),
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
