// Binding: what use declarations, fn items, parameters, lets and patterns
// bind, and where each name is visible.

package rust

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

type localKey struct {
	root int
	name string
}

func (x *extractor) bind(name string, kind BindingKind, value string, at, visible source.Span) {
	i := len(x.ff.Bindings)
	x.ff.Bindings = append(x.ff.Bindings, Binding{Name: name, Kind: kind, Value: value, Span: at, Visible: visible})
	if kind == Let || kind == Param {
		k := localKey{x.rootScope(visible.Start), name}
		l := x.locals[k]
		if l == nil {
			l = &locals{}
			x.locals[k] = l
		}
		l.add(x.ff.Bindings, i)
		return
	}
	x.byName[name] = append(x.byName[name], i)
	x.modOf[i] = x.moduleAt(at.Start)
}

// bindUses binds the names of every use declaration.
func (x *extractor) bindUses() {
	x.eachItem(func(it pending) {
		if it.pattern == pUse {
			x.use(it.span, it.a)
		}
	})
}

// structTypes records the declared types of struct fields, wherever the
// struct is declared.
func (x *extractor) structTypes() {
	x.eachItem(func(it pending) {
		if it.pattern == pStruct {
			x.structFields(it.a, it.b)
		}
	})
}

// maxGroupDepth bounds how deep nested use groups (use a::{b::{c}}) extend
// their path: each level copies the path so far, so a hostile file nesting
// groups 100,000 deep would cost the square of that. Names deeper than
// this are bound to nothing, which hides imports of the same name.
const maxGroupDepth = 32

// use binds the names of one use declaration, walking nested groups with an
// explicit stack.
func (x *extractor) use(decl source.Span, arg *sitter.Node) {
	visible := x.visibleAt(decl.Start)
	type item struct {
		n      *sitter.Node
		prefix string
		depth  int
	}
	stack := []item{{arg, "", 0}}
	for len(stack) > 0 {
		if x.budget.Expired() {
			return
		}
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if it.depth > maxGroupDepth && x.bindTooDeep(n, visible) {
			continue
		}
		switch nodeKind(n) {
		case "identifier", "scoped_identifier", "crate", "super":
			full := JoinPath(it.prefix, strings.TrimPrefix(x.compact(n), "::"))
			name := lastSegment(full)
			if nodeKind(n) == "scoped_identifier" {
				if nm := n.ChildByFieldName("name"); nm != nil {
					name = x.text(nm)
				}
			}
			if name == "self" {
				// use std::fs::self; names the module itself.
				full = strings.TrimSuffix(full, "::self")
				name = lastSegment(full)
			}
			x.bind(name, Use, full, tsx.SpanOf(n), visible)
		case "self":
			// `self` inside a group names the group's path.
			if it.prefix != "" {
				x.bind(lastSegment(it.prefix), Use, it.prefix, tsx.SpanOf(n), visible)
			}
		case "use_as_clause":
			path, alias := n.ChildByFieldName("path"), n.ChildByFieldName("alias")
			if path == nil || alias == nil || x.text(alias) == "_" {
				continue
			}
			full := JoinPath(it.prefix, strings.TrimPrefix(x.compact(path), "::"))
			full = strings.TrimSuffix(full, "::self")
			x.bind(x.text(alias), Use, full, tsx.SpanOf(alias), visible)
		case "scoped_use_list":
			prefix := it.prefix
			if path := n.ChildByFieldName("path"); path != nil && it.depth <= maxGroupDepth {
				prefix = JoinPath(prefix, strings.TrimPrefix(x.compact(path), "::"))
			}
			if list := n.ChildByFieldName("list"); list != nil {
				cs := namedChildren(list)
				for i := len(cs) - 1; i >= 0; i-- {
					stack = append(stack, item{cs[i], prefix, it.depth + 1})
				}
			}
		case "use_list":
			cs := namedChildren(n)
			for i := len(cs) - 1; i >= 0; i-- {
				stack = append(stack, item{cs[i], it.prefix, it.depth + 1})
			}
		case "use_wildcard":
			path := it.prefix
			if n.NamedChildCount() > 0 {
				path = JoinPath(path, strings.TrimPrefix(x.compact(n.NamedChild(0)), "::"))
			}
			x.bind("*", Glob, path, tsx.SpanOf(n), visible)
		}
	}
}

// bindTooDeep binds a name of a use group nested past maxGroupDepth to
// nothing, and reports whether n was such a name (false for a list, which
// is walked on). Globs and self that deep bind nothing.
func (x *extractor) bindTooDeep(n *sitter.Node, visible source.Span) bool {
	switch nodeKind(n) {
	case "scoped_use_list", "use_list":
		return false
	case "identifier", "scoped_identifier":
		x.bind(lastSegment(x.compact(n)), Use, "", tsx.SpanOf(n), visible)
	case "use_as_clause":
		if alias := n.ChildByFieldName("alias"); alias != nil && x.text(alias) != "_" {
			x.bind(x.text(alias), Use, "", tsx.SpanOf(alias), visible)
		}
	}
	return true
}

// parameters binds the parameters of a fn or closure in its body: to the
// value of their declared type ("<std::fs::File>") when it is a path,
// else to nothing, so that they hide imports of the same name.
func (x *extractor) parameters(params, body *sitter.Node) {
	visible := tsx.SpanOf(body)
	for _, c := range namedChildren(params) {
		if x.budget.Expired() {
			return
		}
		switch nodeKind(c) {
		case "parameter":
			pat := c.ChildByFieldName("pattern")
			if pat == nil {
				continue
			}
			x.bindPattern(pat, Param, x.typeValue(c.ChildByFieldName("type"), visible.Start), visible)
		default:
			x.bindPattern(c, Param, "", visible)
		}
	}
}

// typeValue is the value notation of a declared type: "<std::fs::File>"
// for `File`, `&mut File` or `std::fs::File`; "" for other types.
func (x *extractor) typeValue(n *sitter.Node, offset int) string {
	for n != nil {
		switch nodeKind(n) {
		case "reference_type":
			n = n.ChildByFieldName("type")
			continue
		case "generic_type":
			// Smart pointers stand for what they point to: Arc<Mutex<T>>
			// is locked like a Mutex<T>.
			base := n.ChildByFieldName("type")
			if p, _ := x.path(base, offset); wrappers[p] {
				if args := n.ChildByFieldName("type_arguments"); args != nil && args.NamedChildCount() > 0 {
					n = args.NamedChild(0)
					continue
				}
			}
			n = base
			continue
		case "type_identifier", "scoped_type_identifier":
			if p, _ := x.path(n, offset); p != "" {
				return "<" + p + ">"
			}
		}
		return ""
	}
	return ""
}

// wrappers are the types a value is used through: smart pointers, and
// buffers whose reads and writes are the wrapped value's (a
// BufReader<File> blocks like the File). Arc<T> stands for T, and
// Arc::new(x) for x.
var wrappers = map[string]bool{
	"std::sync::Arc": true, "std::rc::Rc": true, "Box": true, "std::boxed::Box": true,
	"std::io::BufReader": true, "std::io::BufWriter": true, "std::io::LineWriter": true,
}

// structFields records the declared types of a struct's named fields.
func (x *extractor) structFields(name, list *sitter.Node) {
	for _, f := range namedChildren(list) {
		if nodeKind(f) != "field_declaration" {
			continue
		}
		fn, ft := f.ChildByFieldName("name"), f.ChildByFieldName("type")
		if fn == nil || ft == nil {
			continue
		}
		if v := x.typeValue(ft, int(f.StartByte())); v != "" {
			x.fields[x.text(name)+"."+x.text(fn)] = v
		}
	}
}

// bindPattern binds the name a pattern introduces. `Ok(f)` and `Some(f)`
// bind f to the value itself, like ? and unwrap. Other patterns (tuples,
// structs) bind nothing.
func (x *extractor) bindPattern(pat *sitter.Node, kind BindingKind, value string, visible source.Span) {
	for pat != nil {
		switch nodeKind(pat) {
		case "identifier":
			x.bind(x.text(pat), kind, value, tsx.SpanOf(pat), visible)
			return
		case "mut_pattern", "ref_pattern":
			pat = pat.NamedChild(int(pat.NamedChildCount()) - 1)
		case "tuple_struct_pattern":
			t := pat.ChildByFieldName("type")
			if t == nil || pat.NamedChildCount() != 2 || (x.text(t) != "Ok" && x.text(t) != "Some") {
				return
			}
			pat = pat.NamedChild(1)
		default:
			return
		}
	}
}

// let binds a let's pattern in the rest of its block.
func (x *extractor) let(sp source.Span, n, pat *sitter.Node) {
	// A declared type is what the value is, whatever made it.
	value := x.typeValue(n.ChildByFieldName("type"), sp.Start)
	// A dereference (let v = *m.lock().unwrap();) copies the value out:
	// what it was read from is not what v is. The value is resolved where
	// it stands (nothing is bound between let and it), so that the calls
	// in it reuse its resolution.
	if v := n.ChildByFieldName("value"); v != nil && value == "" && nodeKind(v) != "unary_expression" {
		value, _ = x.resolve(v, int(v.StartByte()))
	}
	x.bindPattern(pat, Let, value, source.Span{Start: sp.End, End: x.visibleAt(sp.Start).End})
}

// letCondition binds `if let` and `while let` patterns in the rest of the
// if or while expression.
func (x *extractor) letCondition(sp source.Span, pat, value *sitter.Node) {
	end := sp.End
	if i := x.condNest.find(sp.Start); i >= 0 {
		end = x.conditions[i].End
	}
	v, _ := x.resolve(value, int(value.StartByte()))
	x.bindPattern(pat, Let, v, source.Span{Start: sp.End, End: end})
}

// matchArm binds an arm's pattern in the arm to the value of its match.
func (x *extractor) matchArm(sp source.Span, pattern *sitter.Node) {
	i := x.matchNest.find(sp.Start)
	if i < 0 {
		return
	}
	value := x.matches[i].value
	if pat := pattern.NamedChild(0); pat != nil && value != nil {
		// Resolved where the value stands, so that the arms of one match
		// share its resolution.
		v, _ := x.resolve(value, int(value.StartByte()))
		x.bindPattern(pat, Let, v, source.Span{Start: tsx.SpanOf(pat).End, End: sp.End})
	}
}

// locals are the let and parameter bindings of one name in one outermost
// scope, in the order they were bound.
type locals struct {
	idx []int // indexes in FileFacts.Bindings
	// skip[i] is the nearest earlier position whose binding stays visible
	// longer than idx[i]'s, or -1: once idx[i] is out of sight, so is all
	// in between.
	skip []int
	// sorted is true while idx is in strictly increasing Span.Start, as
	// lets bound in source order are.
	sorted bool
}

func (l *locals) add(bs []Binding, i int) {
	n := len(l.idx)
	l.sorted = n == 0 || l.sorted && bs[l.idx[n-1]].Span.Start < bs[i].Span.Start
	j := n - 1
	for j >= 0 && bs[l.idx[j]].Visible.End <= bs[i].Visible.End {
		j = l.skip[j]
	}
	l.idx = append(l.idx, i)
	l.skip = append(l.skip, j)
}

// latest is the binding visible at offset that was bound last (greatest
// Span.Start; the first of equal ones), or nil.
func (l *locals) latest(bs []Binding, offset int) *Binding {
	if !l.sorted {
		var best *Binding
		for _, i := range l.idx {
			b := &bs[i]
			if b.Visible.Start <= offset && offset < b.Visible.End && (best == nil || b.Span.Start > best.Span.Start) {
				best = b
			}
		}
		return best
	}
	// A binding is visible only after it is written: start from the last
	// one written at or before offset, and walk back.
	p := sort.Search(len(l.idx), func(k int) bool { return bs[l.idx[k]].Span.Start > offset }) - 1
	for p >= 0 {
		b := &bs[l.idx[p]]
		switch {
		case b.Visible.Start <= offset && offset < b.Visible.End:
			return b
		case b.Visible.End <= offset:
			p = l.skip[p]
		default:
			p--
		}
	}
	return nil
}
