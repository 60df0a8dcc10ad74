package python

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// nativeFacts is the step that records the file's imports, with the try
// that guards each, and in a setup.py the calls that declare extensions.
// It reads nodes the query already matched (import and try statements
// among items, callees among calls) and never climbs with Node.Parent,
// which walks down from the root on every call.
func nativeFacts(ff *FileFacts, src []byte, items []pending, calls []pendingCall, b *tsx.Budget) {
	n := &natives{ff: ff, src: src, isPackage: strings.HasSuffix(ff.Path, "__init__.py")}
	var tries []*sitter.Node
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
		case "try_statement":
			tries = append(tries, it.node)
		}
	}
	sort.SliceStable(ff.Imports, func(i, j int) bool { return ff.Imports[i].ModuleSpan.Start < ff.Imports[j].ModuleSpan.Start })
	n.guardImports(tries, b)
	if isSetupPy(ff.Path) {
		ff.SetupCalls = setupCalls(src, calls, b)
	}
}

type natives struct {
	ff        *FileFacts
	src       []byte
	isPackage bool
}

func (n *natives) importStatement(st *sitter.Node) {
	eachChild(st, func(c *sitter.Node, fieldName func() string) {
		if !c.IsNamed() || fieldName() != "name" {
			return
		}
		if c.Type() == "aliased_import" {
			c = c.ChildByFieldName("name")
		}
		if c == nil || c.Type() != "dotted_name" {
			return
		}
		mod := tsx.Text(c, n.src)
		n.ff.Imports = append(n.ff.Imports, Import{Module: mod, ModuleSpan: tsx.SpanOf(c), Resolved: mod, Span: tsx.SpanOf(st)})
	})
}

func (n *natives) importFrom(st *sitter.Node) {
	var im Import
	eachChild(st, func(c *sitter.Node, fieldName func() string) {
		if !c.IsNamed() {
			return
		}
		field := fieldName()
		switch {
		case field == "module_name":
			im.Module, im.ModuleSpan = tsx.Text(c, n.src), tsx.SpanOf(c)
		case c.Type() == "wildcard_import":
			im.Star = true
		case field == "name":
			if c.Type() == "aliased_import" {
				c = c.ChildByFieldName("name")
			}
			if c != nil {
				im.Names = append(im.Names, ImportedName{Name: tsx.Text(c, n.src), Span: tsx.SpanOf(c)})
			}
		}
	})
	if im.Module == "" {
		return
	}
	im.From, im.Span = true, tsx.SpanOf(st)
	im.Level = len(im.Module) - len(strings.TrimLeft(im.Module, "."))
	im.Resolved = resolveRelative(n.ff.Module, n.isPackage, im.Module)
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
