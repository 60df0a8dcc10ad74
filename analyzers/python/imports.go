package python

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// maxGuardDepth bounds the climb from an import to the try around it:
// CPython refuses code indented 100 levels deep, so an import deeper than
// that never runs, and the climb stays linear on hostile nesting.
const maxGuardDepth = 100

// nativeFacts is the step that records the file's imports, with the try
// that guards each, and in a setup.py the calls that declare extensions.
// It reads nodes the query already matched (import statements among items,
// callees among calls), so it adds no pattern and no walk of the file.
func nativeFacts(ff *FileFacts, src []byte, items []pending, calls []pendingCall, b *tsx.Budget) {
	n := &natives{ff: ff, src: src, isPackage: strings.HasSuffix(ff.Path, "__init__.py"), handlers: map[int]*ImportGuard{}}
	for _, it := range items {
		if b.Expired() {
			return
		}
		if it.node == nil {
			continue
		}
		switch it.node.Type() {
		case "import_statement":
			n.importStatement(it.node)
		case "import_from_statement":
			n.importFrom(it.node)
		}
	}
	sort.SliceStable(ff.Imports, func(i, j int) bool { return ff.Imports[i].ModuleSpan.Start < ff.Imports[j].ModuleSpan.Start })
	if isSetupPy(ff.Path) {
		ff.SetupCalls = setupCalls(src, calls, b)
	}
}

type natives struct {
	ff        *FileFacts
	src       []byte
	isPackage bool
	// handlers memoises each except clause's guard by its first byte, so a
	// handler is read once however many imports its try holds.
	handlers map[int]*ImportGuard
}

func (n *natives) importStatement(st *sitter.Node) {
	guard := n.guardOf(st)
	for i := 0; i < int(st.NamedChildCount()); i++ {
		c := st.NamedChild(i)
		if c.Type() == "aliased_import" {
			c = c.ChildByFieldName("name")
		}
		if c == nil || c.Type() != "dotted_name" {
			continue
		}
		mod := tsx.Text(c, n.src)
		n.ff.Imports = append(n.ff.Imports, Import{Module: mod, ModuleSpan: tsx.SpanOf(c), Resolved: mod, Span: tsx.SpanOf(st), Guard: guard})
	}
}

func (n *natives) importFrom(st *sitter.Node) {
	mod := st.ChildByFieldName("module_name")
	if mod == nil {
		return
	}
	text := tsx.Text(mod, n.src)
	level := len(text) - len(strings.TrimLeft(text, "."))
	im := Import{Module: text, ModuleSpan: tsx.SpanOf(mod), Level: level, From: true, Span: tsx.SpanOf(st), Guard: n.guardOf(st)}
	im.Resolved = resolveRelative(n.ff.Module, n.isPackage, text)
	for i := 0; i < int(st.ChildCount()); i++ {
		c := st.Child(i)
		switch {
		case c.Type() == "wildcard_import":
			im.Star = true
		case st.FieldNameForChild(i) == "name":
			if c.Type() == "aliased_import" {
				c = c.ChildByFieldName("name")
			}
			if c != nil {
				im.Names = append(im.Names, ImportedName{Name: tsx.Text(c, n.src), Span: tsx.SpanOf(c)})
			}
		}
	}
	n.ff.Imports = append(n.ff.Imports, im)
}

// resolveRelative makes a from-import's module absolute: ".x" in module
// "pkg.mod" is "pkg.x"; in package "pkg" (an __init__.py) it is "pkg.x".
// It returns "" when the dots climb above the top-level package.
func resolveRelative(module string, isPackage bool, rel string) string {
	dots := len(rel) - len(strings.TrimLeft(rel, "."))
	if dots == 0 {
		return rel
	}
	var pkg []string
	if module != "" {
		pkg = strings.Split(module, ".")
	}
	if !isPackage && len(pkg) > 0 {
		pkg = pkg[:len(pkg)-1]
	}
	up := dots - 1
	if up > len(pkg) || (len(pkg) == 0 && rel[dots:] == "") {
		return ""
	}
	parts := append(pkg[:len(pkg)-up:len(pkg)-up], strings.Split(rel[dots:], ".")...)
	if rel[dots:] == "" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, ".")
}

// guardOf finds the try whose body holds st and whose handlers catch a
// failed import; it stops at a function or lambda, which runs later.
func (n *natives) guardOf(st *sitter.Node) *ImportGuard {
	child := st
	for p, i := st.Parent(), 0; p != nil && i < maxGuardDepth; p, i = p.Parent(), i+1 {
		switch p.Type() {
		case "function_definition", "lambda":
			return nil
		case "try_statement":
			if body := p.ChildByFieldName("body"); body != nil && body.Equal(child) {
				if g := n.catching(p); g != nil {
					return g
				}
			}
		}
		child = p
	}
	return nil
}

// catching returns the guard of the first except clause of try that
// catches ImportError, or nil.
func (n *natives) catching(try *sitter.Node) *ImportGuard {
	for i := 0; i < int(try.NamedChildCount()); i++ {
		c := try.NamedChild(i)
		if c.Type() != "except_clause" {
			continue
		}
		caught, block := exceptParts(c)
		text := ""
		if caught != nil {
			text = tsx.Text(caught, n.src)
		}
		if caught != nil && !catchesImportError(caught, n.src) {
			continue
		}
		start := int(c.StartByte())
		if g, ok := n.handlers[start]; ok {
			return g
		}
		header := source.Span{Start: start, End: start + len("except")}
		if block != nil {
			header.End = int(block.StartByte())
		}
		g := &ImportGuard{Except: trimHeader(n.src, header), Catches: text}
		if block != nil {
			readHandler(g, block, n.src)
		}
		n.handlers[start] = g
		return g
	}
	return nil
}

// trimHeader cuts an except header at its colon.
func trimHeader(src []byte, sp source.Span) source.Span {
	for e := sp.End; e > sp.Start; e-- {
		if src[e-1] == ':' {
			sp.End = e
			break
		}
	}
	return sp
}

// exceptParts returns what an except clause catches (nil when bare) and
// its block.
func exceptParts(c *sitter.Node) (caught, block *sitter.Node) {
	for i := 0; i < int(c.NamedChildCount()); i++ {
		k := c.NamedChild(i)
		switch k.Type() {
		case "block":
			block = k
		case "comment":
		default:
			if caught == nil {
				caught = k
			}
		}
	}
	if caught != nil && caught.Type() == "as_pattern" && caught.NamedChildCount() > 0 {
		caught = caught.NamedChild(0)
	}
	return caught, block
}

// importErrorBases are the exceptions an except clause can name to catch
// a failed import.
var importErrorBases = map[string]bool{"ImportError": true, "ModuleNotFoundError": true, "Exception": true, "BaseException": true}

func catchesImportError(caught *sitter.Node, src []byte) bool {
	names := []*sitter.Node{caught}
	if caught.Type() == "tuple" || caught.Type() == "parenthesized_expression" {
		names = names[:0]
		for i := 0; i < int(caught.NamedChildCount()); i++ {
			names = append(names, caught.NamedChild(i))
		}
	}
	for _, k := range names {
		t := tsx.Text(k, src)
		if i := strings.LastIndexByte(t, '.'); i >= 0 {
			t = t[i+1:]
		}
		if importErrorBases[t] {
			return true
		}
	}
	return false
}
