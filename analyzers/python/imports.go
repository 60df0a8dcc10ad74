package python

import (
	"bytes"
	"slices"
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// nativeFacts is the step that records the file's imports, with the try
// that guards each, and in a setup.py the calls that declare extensions.
// It walks statements only, and only those whose bytes hold the word
// "import" (expressions are not entered, except in a setup.py), so it costs
// a fraction of the parse, and it never climbs with Node.Parent, which
// walks down from the root on every call.
func nativeFacts(ff *FileFacts, src []byte, root *sitter.Node, b *tsx.Budget) {
	n := &natives{ff: ff, src: src, isPackage: strings.HasSuffix(ff.Path, "__init__.py"), texts: &extractor{src: src}}
	setup := isSetupPy(ff.Path)
	words := importWords(src)
	if len(words) == 0 && !setup {
		return
	}
	var tries, calls []*sitter.Node
	stack := []*sitter.Node{root}
	for len(stack) > 0 {
		if b.Expired() {
			return
		}
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !setup && !holds(words, int(node.StartByte()), int(node.EndByte())) {
			continue // no import below: nothing to find
		}
		t := node.Type()
		switch {
		case t == "import_statement":
			n.importStatement(node)
			continue
		case t == "import_from_statement":
			n.importFrom(node)
			continue
		case t == "try_statement":
			tries = append(tries, node)
		case t == "call" && setup:
			calls = append(calls, node)
		case !setup && !holdsStatements[t]:
			continue
		}
		mark := len(stack)
		eachChild(node, func(c *sitter.Node, _ func() string) {
			if c.IsNamed() {
				stack = append(stack, c)
			}
		})
		slices.Reverse(stack[mark:])
	}
	sort.SliceStable(ff.Imports, func(i, j int) bool { return ff.Imports[i].ModuleSpan.Start < ff.Imports[j].ModuleSpan.Start })
	n.guardImports(tries, b)
	if setup {
		ff.SetupCalls = setupCalls(src, calls, b)
	}
}

// importWords are the offsets of the word "import" in src, in order: a
// statement whose bytes hold none has no import below it, and the walk
// skips it (most function bodies).
func importWords(src []byte) []int {
	var out []int
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte("import"))
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + len("import")
	}
}

// holds tells whether an offset of words lies in [start, end).
func holds(words []int, start, end int) bool {
	i := sort.SearchInts(words, start)
	return i < len(words) && words[i] < end
}

// holdsStatements are the nodes whose children can be statements.
var holdsStatements = map[string]bool{
	"module": true, "block": true, "if_statement": true, "elif_clause": true, "else_clause": true,
	"for_statement": true, "while_statement": true, "with_statement": true, "try_statement": true,
	"except_clause": true, "except_group_clause": true, "finally_clause": true,
	"function_definition": true, "class_definition": true, "decorated_definition": true,
	"match_statement": true, "case_clause": true,
}

type natives struct {
	ff        *FileFacts
	src       []byte
	isPackage bool
	// texts shares the facts' strings with the source, as Extract does.
	texts *extractor
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
		mod := n.texts.text(c)
		n.ff.Imports = append(n.ff.Imports, Import{Module: mod, ModuleSpan: tsx.SpanOf(c), Resolved: mod})
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
			im.Module, im.ModuleSpan = n.texts.text(c), tsx.SpanOf(c)
		case c.Type() == "wildcard_import":
			im.Star = true
		case field == "name":
			if c.Type() == "aliased_import" {
				c = c.ChildByFieldName("name")
			}
			if c != nil {
				im.Names = append(im.Names, ImportedName{Name: n.texts.text(c), Span: tsx.SpanOf(c)})
			}
		}
	})
	if im.Module == "" {
		return
	}
	im.From = true
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
