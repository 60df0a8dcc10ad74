package rust

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// body reads what a module fn adds to its module: wrap_pyfunction! and
// wrap_pymodule! arguments, add_class::<T>, add("NAME", ...),
// PyModule::new(py, "sub"); a call handing the module to another fn makes
// the module Open.
func (x *pyo3x) body(fn *sitter.Node, mod int) {
	vars := moduleParams(fn, x.src)
	b := fn.ChildByFieldName("body")
	if b == nil {
		return
	}
	visitNamed(b, x.b, func(n *sitter.Node) bool {
		switch nodeKind(n) {
		case "macro_invocation":
			x.wrapped(n, mod, vars)
			return false
		case "call_expression":
			x.addCall(n, mod, vars)
		case "function_item", "closure_expression":
			return false
		}
		return true
	})
}

// moduleParams are the names of fn's parameters whose type mentions
// PyModule (legacy forms: any parameter named m).
func moduleParams(fn *sitter.Node, src []byte) map[string]bool {
	vars := map[string]bool{"m": true}
	params := fn.ChildByFieldName("parameters")
	if params == nil {
		return vars
	}
	eachNamed(params, func(p *sitter.Node) {
		pat, typ := p.ChildByFieldName("pattern"), p.ChildByFieldName("type")
		if pat != nil && typ != nil && strings.Contains(tsx.Text(typ, src), "PyModule") {
			vars[strings.TrimPrefix(tsx.Text(pat, src), "mut ")] = true
		}
	})
	return vars
}

// wrapped reads wrap_pyfunction!(f, m) and wrap_pymodule!(sub); any other
// macro given the module may add names covet-lint cannot see.
func (x *pyo3x) wrapped(n *sitter.Node, mod int, vars map[string]bool) {
	name, args := x.macro(n)
	kind := AddFunction
	switch name {
	case "wrap_pyfunction", "wrap_pyfunction_bound":
	case "wrap_pymodule":
		kind = AddModule
	default:
		for _, w := range strings.FieldsFunc(args, notIdent) {
			if vars[w] && mod >= 0 {
				x.ff.PyModules[mod].Open = true
			}
		}
		return
	}
	if first, at := firstArg(args); first != "" {
		start := int(n.StartByte())
		x.add(mod, PyAdd{Kind: kind, Ident: first, Span: source.Span{Start: start + at.Start, End: start + at.End}})
	}
}

func notIdent(r rune) bool {
	return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// addCall reads one call in a module fn.
func (x *pyo3x) addCall(call *sitter.Node, mod int, vars map[string]bool) {
	f := call.ChildByFieldName("function")
	args := call.ChildByFieldName("arguments")
	if f == nil || args == nil {
		return
	}
	var typeArgs *sitter.Node
	if nodeKind(f) == "generic_function" {
		typeArgs = f.ChildByFieldName("type_arguments")
		f = f.ChildByFieldName("function")
		if f == nil {
			return
		}
	}
	if nodeKind(f) == "field_expression" {
		method := f.ChildByFieldName("field")
		if method == nil {
			return
		}
		switch tsx.Text(method, x.src) {
		case "add_class":
			if typeArgs != nil {
				t := strings.Trim(tsx.Text(typeArgs, x.src), "<> ")
				t = t[strings.LastIndex(t, ":")+1:]
				x.add(mod, PyAdd{Kind: AddClass, Ident: t, Span: tsx.SpanOf(typeArgs)})
			}
		case "add":
			if s, at, ok := x.firstString(args); ok {
				x.add(mod, PyAdd{Kind: AddName, Name: s, Span: at})
			}
		}
		return
	}
	callee := tsx.Text(f, x.src)
	if strings.HasSuffix(callee, "PyModule::new") || strings.HasSuffix(callee, "PyModule::new_bound") {
		if s, at, ok := x.secondString(args); ok {
			x.add(mod, PyAdd{Kind: AddModule, Name: s, Span: at})
		}
		return
	}
	eachNamed(args, func(a *sitter.Node) {
		if nodeKind(a) == "reference_expression" {
			if v := a.ChildByFieldName("value"); v != nil {
				a = v
			}
		}
		if nodeKind(a) == "identifier" && vars[tsx.Text(a, x.src)] && mod >= 0 {
			x.ff.PyModules[mod].Open = true
		}
	})
}

func (x *pyo3x) firstString(args *sitter.Node) (string, source.Span, bool) {
	return x.nthString(args, 0)
}

func (x *pyo3x) secondString(args *sitter.Node) (string, source.Span, bool) {
	return x.nthString(args, 1)
}

// nthString is the content of the i-th argument when it is a plain string
// literal.
func (x *pyo3x) nthString(args *sitter.Node, i int) (s string, at source.Span, ok bool) {
	k := 0
	eachNamed(args, func(a *sitter.Node) {
		if nodeKind(a) == "line_comment" || nodeKind(a) == "block_comment" {
			return
		}
		if k == i && nodeKind(a) == "string_literal" {
			sp := tsx.SpanOf(a)
			text := string(x.src[sp.Start:sp.End])
			if len(text) >= 2 && text[0] == '"' && !strings.ContainsRune(text, '\\') {
				s, at, ok = text[1:len(text)-1], source.Span{Start: sp.Start + 1, End: sp.End - 1}, true
			}
		}
		k++
	})
	return s, at, ok
}

// visitNamed walks n's subtree in source order with one cursor; enter
// tells whether to go into a named node's children.
func visitNamed(n *sitter.Node, b *tsx.Budget, enter func(c *sitter.Node) bool) {
	cur := sitter.NewTreeCursor(n)
	defer closeCursor(cur)
	if !cur.GoToFirstChild() {
		return
	}
	depth := 1
	for !b.Expired() {
		c := cur.CurrentNode()
		if c.IsNamed() && enter(c) && cur.GoToFirstChild() {
			depth++
			continue
		}
		for !cur.GoToNextSibling() {
			if depth--; depth == 0 {
				return
			}
			cur.GoToParent()
		}
	}
}
