package python

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

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
		if (v == "" || typeAliases[v]) && rhs != nil {
			v = x.aliasedClass(unparen(rhs), sp.Start)
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
// to what the factory returns for `svc = Depends(factory)`, else to
// nothing, so that they hide imports of the same name.
// def is the def or lambda node (Node.Parent walks down from the root, so
// the query captures both instead).
func (x *extractor) parameters(defStart int, n *sitter.Node) {
	fn, ok := x.scopeByStart[defStart]
	if !ok || n == nil {
		return
	}
	outer := x.ff.Scopes[fn].Span.Start
	for _, c := range namedChildren(n) {
		var id, typ, def *sitter.Node
		switch c.Type() {
		case "identifier":
			id = c
		case "default_parameter":
			id, def = c.ChildByFieldName("name"), c.ChildByFieldName("value")
		case "typed_default_parameter":
			id, typ, def = c.ChildByFieldName("name"), c.ChildByFieldName("type"), c.ChildByFieldName("value")
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
		if value == "" && def != nil {
			value = x.dependsValue(def, outer)
		}
		sp := tsx.SpanOf(id)
		if typ != nil && (value == "" || value == x.text(typ)+"()") {
			// A module-level alias written below or above the def
			// (`Dep = Annotated[Svc, Depends(f)]`) is bound after the
			// parameters: look again once the module's assignments are.
			x.untyped = append(x.untyped, untypedParam{binding: len(x.ff.Bindings), typ: typ, offset: outer})
		}
		x.addBinding(Binding{Name: x.share(sp), Value: value, Span: sp, Scope: fn})
	}
}

// untypedParam is a parameter whose annotation named nothing known, or
// only itself (a bare name not bound yet), when parameters were bound.
type untypedParam struct {
	binding int
	typ     *sitter.Node
	offset  int
}

// retypeParams resolves the annotations of untyped parameters again, once
// the module-level assignments are bound, so that a parameter annotated
// with a type alias of the same module gets its class.
func (x *extractor) retypeParams() {
	for _, u := range x.untyped {
		if x.budget.Expired() {
			return
		}
		if v := x.annotation(u.typ, u.offset); v != "" {
			x.ff.Bindings[u.binding].Value = v
		}
	}
	x.untyped = nil
}

// annotation resolves a type annotation to an instance of its class:
// `httpx.Client`, `Optional[httpx.Client]`, `httpx.Client | None`,
// `Union[httpx.Client, None]` and `Annotated[httpx.Client, ...]` give
// "httpx.Client()". Anything else gives "".
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

// typeAliases are the annotations of an explicit type alias.
var typeAliases = map[string]bool{"typing.TypeAlias()": true, "typing_extensions.TypeAlias()": true}

// aliasedClass is the class a type alias stands for, when it wraps one in
// Annotated, Optional or Union: `SessionDep = Annotated[Session,
// Depends(get_db)]` gives "sqlmodel.Session", so that a parameter annotated
// SessionDep, here or where it is imported, is a Session. "" for anything
// else.
func (x *extractor) aliasedClass(rhs *sitter.Node, offset int) string {
	if rhs.Type() != "subscript" {
		return ""
	}
	return strings.TrimSuffix(x.annotation(rhs, offset), "()")
}

// optionalArg is X in Optional[X], Union[X, None] or Annotated[X, ...],
// or nil.
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
	if name == "Annotated" && len(args) > 0 {
		return args[0]
	}
	if (name == "Optional" || name == "Union") && len(keep) == 1 {
		return keep[0]
	}
	return nil
}
