package rust

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pyo3Words are the words without which a file defines no Python module,
// function or class: files with none of them are not walked.
var pyo3Words = [][]byte{[]byte("pymodule"), []byte("pyclass"), []byte("pyfunction"), []byte("py_module_initializer"), []byte("modinit")}

// pyo3Facts is the step that records the file's Python module entry points
// and #[pyfunction]/#[pyclass] items. It walks items only (the file, and
// the bodies of mods), and the bodies of module fns, with one cursor each:
// no query pattern and no second parse.
func pyo3Facts(ff *FileFacts, src []byte, root *sitter.Node, b *tsx.Budget) {
	found := false
	for _, w := range pyo3Words {
		found = found || bytes.Contains(src, w)
	}
	if !found {
		return
	}
	x := &pyo3x{src: src, ff: ff, b: b}
	type container struct {
		node *sitter.Node
		mod  int // the #[pymodule] mod the items belong to, or -1
	}
	stack := []container{{root, -1}}
	for len(stack) > 0 && !b.Expired() {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		var attrs []attribute
		eachNamed(c.node, func(n *sitter.Node) {
			switch nodeKind(n) {
			case "attribute_item":
				attrs = append(attrs, x.attribute(n))
				return
			case "line_comment", "block_comment":
				return
			case "function_item":
				x.fn(n, attrs, c.mod)
			case "struct_item", "enum_item":
				x.class(n, attrs, c.mod)
			case "use_declaration":
				x.export(n, attrs, c.mod)
			case "mod_item":
				inner := x.mod(n, attrs)
				if inner >= 0 {
					m := x.ff.PyModules[inner]
					x.add(c.mod, PyAdd{Kind: AddModule, Ident: m.Ident, Span: m.NameSpan})
				}
				if body := n.ChildByFieldName("body"); body != nil {
					stack = append(stack, container{body, inner})
				}
			case "expression_statement", "macro_invocation":
				x.initializer(n)
			}
			attrs = attrs[:0]
		})
	}
	// Mods were read after the items around them: back to source order.
	sort.SliceStable(ff.PyModules, func(i, j int) bool { return ff.PyModules[i].Span.Start < ff.PyModules[j].Span.Start })
	sort.SliceStable(ff.PyItems, func(i, j int) bool { return ff.PyItems[i].NameSpan.Start < ff.PyItems[j].NameSpan.Start })
}

type pyo3x struct {
	src []byte
	ff  *FileFacts
	b   *tsx.Budget
}

// attribute is one #[...] as written between the brackets: its path
// ("pyo3", "pymodule", "py::modinit") and the text of its arguments.
type attribute struct {
	path, args string
	argsAt     int
}

func (x *pyo3x) attribute(n *sitter.Node) attribute {
	sp := tsx.SpanOf(n)
	text := string(x.src[sp.Start:sp.End])
	inner := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(text, "#"), "["), "]")
	off := sp.Start + strings.Index(text, inner)
	a := attribute{path: strings.TrimSpace(inner)}
	if i := strings.IndexByte(inner, '('); i >= 0 {
		a.path = strings.TrimSpace(inner[:i])
		a.args = strings.TrimSuffix(inner[i+1:], ")")
		a.argsAt = off + i + 1
	}
	return a
}

// is tells whether the attribute's path is name or ends in ::name.
func (a attribute) is(name string) bool {
	return a.path == name || strings.HasSuffix(a.path, "::"+name)
}

// nameArg matches `name = "x"` or `name = x` in attribute arguments.
var nameArg = regexp.MustCompile(`(?:^|[,\s])name\s*=\s*("?)([A-Za-z_][A-Za-z0-9_.]*)"?`)

// override finds a name override among attrs: #[pyo3(name = ...)] or the
// item's own attribute's name argument.
func override(attrs []attribute, own string) (name string, at source.Span, ok bool) {
	for _, a := range attrs {
		if !a.is("pyo3") && !a.is(own) {
			continue
		}
		if m := nameArg.FindStringSubmatchIndex(a.args); m != nil {
			return a.args[m[4]:m[5]], source.Span{Start: a.argsAt + m[4], End: a.argsAt + m[5]}, true
		}
	}
	return "", source.Span{}, false
}

func has(attrs []attribute, name string) (attribute, bool) {
	for _, a := range attrs {
		if a.is(name) {
			return a, true
		}
	}
	return attribute{}, false
}

// named gives an item's Python name: its override, else its identifier.
func (x *pyo3x) named(n *sitter.Node, attrs []attribute, own string) (ident, name string, at source.Span, overridden bool) {
	id := n.ChildByFieldName("name")
	if id == nil {
		return "", "", source.Span{}, false
	}
	at = tsx.SpanOf(id)
	ident = string(x.src[at.Start:at.End])
	if o, oat, ok := override(attrs, own); ok {
		return ident, o, oat, true
	}
	return ident, ident, at, false
}

func (x *pyo3x) fn(n *sitter.Node, attrs []attribute, mod int) {
	switch {
	case hasAny(attrs, "pymodule"):
		ident, name, at, over := x.named(n, attrs, "pymodule")
		a, _ := has(attrs, "pymodule")
		m := PyModule{Kind: ModuleFn, Ident: ident, Name: name, NameSpan: at, Override: over, Submodule: strings.Contains(a.args, "submodule"), Span: tsx.SpanOf(n)}
		x.ff.PyModules = append(x.ff.PyModules, m)
		x.body(n, len(x.ff.PyModules)-1)
	case hasAny(attrs, "modinit"):
		a, _ := has(attrs, "modinit")
		ident, _, _, _ := x.named(n, nil, "")
		name := strings.TrimSpace(a.args)
		if name == "" {
			return
		}
		start := a.argsAt + strings.Index(a.args, name)
		at := source.Span{Start: start, End: start + len(name)}
		x.ff.PyModules = append(x.ff.PyModules, PyModule{Kind: ModuleModinit, Ident: ident, Name: name, NameSpan: at, Override: true, Span: tsx.SpanOf(n)})
		x.body(n, len(x.ff.PyModules)-1)
	case hasAny(attrs, "pyfunction"):
		ident, name, at, _ := x.named(n, attrs, "pyfunction")
		x.ff.PyItems = append(x.ff.PyItems, PyItem{Kind: AddFunction, Ident: ident, Name: name, NameSpan: at})
		x.add(mod, PyAdd{Kind: AddFunction, Ident: ident, Span: at})
	case hasAny(attrs, "pymodule_init") && mod >= 0:
		x.body(n, mod)
	}
}

func hasAny(attrs []attribute, name string) bool {
	_, ok := has(attrs, name)
	return ok
}

func (x *pyo3x) add(mod int, a PyAdd) {
	if mod >= 0 {
		x.ff.PyModules[mod].Adds = append(x.ff.PyModules[mod].Adds, a)
	}
}

func (x *pyo3x) class(n *sitter.Node, attrs []attribute, mod int) {
	if !hasAny(attrs, "pyclass") {
		return
	}
	ident, name, at, _ := x.named(n, attrs, "pyclass")
	x.ff.PyItems = append(x.ff.PyItems, PyItem{Kind: AddClass, Ident: ident, Name: name, NameSpan: at})
	x.add(mod, PyAdd{Kind: AddClass, Ident: ident, Span: at})
}

// mod records a #[pymodule] mod and returns its index, or -1 for a mod
// that is not one.
func (x *pyo3x) mod(n *sitter.Node, attrs []attribute) int {
	a, ok := has(attrs, "pymodule")
	if !ok {
		return -1
	}
	ident, name, at, over := x.named(n, attrs, "pymodule")
	x.ff.PyModules = append(x.ff.PyModules, PyModule{Kind: ModuleMod, Ident: ident, Name: name, NameSpan: at, Override: over, Submodule: strings.Contains(a.args, "submodule"), Span: tsx.SpanOf(n)})
	return len(x.ff.PyModules) - 1
}

// export records the names a #[pymodule_export] use brings into a
// #[pymodule] mod: the last segment (or alias) of each path.
func (x *pyo3x) export(n *sitter.Node, attrs []attribute, mod int) {
	if mod < 0 || !hasAny(attrs, "pymodule_export") {
		return
	}
	arg := n.ChildByFieldName("argument")
	if arg == nil {
		return
	}
	sp := tsx.SpanOf(arg)
	text := string(x.src[sp.Start:sp.End])
	if i := strings.IndexByte(text, '{'); i >= 0 {
		text = strings.TrimSuffix(text[i+1:], "}")
	}
	for _, part := range strings.Split(text, ",") {
		part = strings.TrimSpace(part)
		if _, alias, ok := strings.Cut(part, " as "); ok {
			part = strings.TrimSpace(alias)
		}
		part = part[strings.LastIndex(part, "::")+1:]
		part = strings.TrimPrefix(part, ":")
		if part != "" && part != "*" && part != "self" {
			x.add(mod, PyAdd{Kind: AddName, Ident: part, Span: sp})
		}
	}
}

// initializer records rust-cpython's py_module_initializer!(name, ...).
func (x *pyo3x) initializer(n *sitter.Node) {
	if nodeKind(n) == "expression_statement" {
		var inner *sitter.Node
		eachNamed(n, func(c *sitter.Node) {
			if inner == nil && nodeKind(c) == "macro_invocation" {
				inner = c
			}
		})
		if inner == nil {
			return
		}
		n = inner
	}
	name, args := x.macro(n)
	if name != "py_module_initializer" {
		return
	}
	first, at := firstArg(args)
	if first == "" {
		return
	}
	at.Start += int(n.StartByte())
	at.End += int(n.StartByte())
	x.ff.PyModules = append(x.ff.PyModules, PyModule{Kind: ModuleInitializer, Ident: first, Name: first, NameSpan: at, Override: true, Span: tsx.SpanOf(n)})
}

// macro returns a macro invocation's last path segment and its arguments'
// text with offsets relative to the invocation's start.
func (x *pyo3x) macro(n *sitter.Node) (name string, args string) {
	sp := tsx.SpanOf(n)
	text := string(x.src[sp.Start:sp.End])
	bang := strings.IndexByte(text, '!')
	if bang < 0 {
		return "", ""
	}
	name = strings.TrimSpace(text[:bang])
	name = name[strings.LastIndex(name, ":")+1:]
	return name, strings.Repeat(" ", bang+1) + text[bang+1:]
}

// firstArg is the first comma-separated argument of a macro's token tree
// (its last path segment) and where it stands in args.
func firstArg(args string) (string, source.Span) {
	open := strings.IndexAny(args, "([{")
	if open < 0 {
		return "", source.Span{}
	}
	rest := args[open+1:]
	end := strings.IndexAny(rest, ",)]}")
	if end < 0 {
		end = len(rest)
	}
	arg := strings.TrimSpace(rest[:end])
	arg = strings.TrimPrefix(arg, "&")
	if i := strings.LastIndex(arg, "::"); i >= 0 {
		arg = arg[i+2:]
	}
	if arg == "" {
		return "", source.Span{}
	}
	start := open + 1 + strings.Index(rest[:end], arg)
	return arg, source.Span{Start: start, End: start + len(arg)}
}

// eachNamed calls fn with each named child of n.
func eachNamed(n *sitter.Node, fn func(c *sitter.Node)) {
	for _, c := range namedChildren(n) {
		fn(c)
	}
}
