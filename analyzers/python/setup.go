package python

import (
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// setupCallees are the calls of a setup.py that declare what is compiled.
var setupCallees = map[string]bool{
	"RustExtension": true, "Extension": true, "Pybind11Extension": true, "cythonize": true, "setup": true,
}

func isSetupPy(p string) bool { return path.Base(p) == "setup.py" }

// setupCalls reads the extension-declaring calls of a setup.py, in source
// order: the file is parsed, never run.
func setupCalls(src []byte, calls []*sitter.Node, b *tsx.Budget) []SetupCall {
	var out []SetupCall
	for _, c := range calls {
		if b.Expired() {
			return out
		}
		callee := c.ChildByFieldName("function")
		if callee == nil {
			continue
		}
		text := tsx.Text(callee, src)
		name := LastName(text)
		if !setupCallees[name] {
			continue
		}
		sc := SetupCall{Name: name, Text: text, Span: tsx.SpanOf(callee), CallSpan: tsx.SpanOf(c)}
		if args := c.ChildByFieldName("arguments"); args != nil && args.Type() == "argument_list" {
			sc.Args = setupArgs(args, src)
		}
		out = append(out, sc)
	}
	return out
}

func setupArgs(args *sitter.Node, src []byte) []SetupArg {
	var out []SetupArg
	eachChild(args, func(a *sitter.Node, _ func() string) {
		if !a.IsNamed() {
			return
		}
		arg := SetupArg{Span: tsx.SpanOf(a)}
		value := a
		switch a.Type() {
		case "keyword_argument":
			if k := a.ChildByFieldName("name"); k != nil {
				arg.Keyword = tsx.Text(k, src)
			}
			value = a.ChildByFieldName("value")
		case "comment", "list_splat", "dictionary_splat":
			return
		}
		if value != nil {
			arg.Strings = literalStrings(value, src)
		}
		out = append(out, arg)
	})
	return out
}

// literalStrings is a string literal's value, or the string items of a
// list or tuple; f-strings and concatenations are not known values.
func literalStrings(v *sitter.Node, src []byte) []SetupStr {
	items := []*sitter.Node{v}
	if t := v.Type(); t == "list" || t == "tuple" {
		items = items[:0]
		eachChild(v, func(c *sitter.Node, _ func() string) {
			if c.IsNamed() {
				items = append(items, c)
			}
		})
	}
	var out []SetupStr
	for _, it := range items {
		if s, ok := stringValue(it, src); ok {
			out = append(out, SetupStr{Text: s, Span: tsx.SpanOf(it)})
		}
	}
	return out
}

// stringValue decodes a plain string literal (prefixes r, b, u; no f and
// no escapes, which module names and paths do not need).
func stringValue(n *sitter.Node, src []byte) (string, bool) {
	if n.Type() != "string" {
		return "", false
	}
	t := tsx.Text(n, src)
	q := strings.IndexAny(t, `"'`)
	if q < 0 || strings.ContainsAny(strings.ToLower(t[:q]), "f") {
		return "", false
	}
	body := t[q:]
	for _, quote := range []string{`"""`, `'''`, `"`, `'`} {
		if len(body) >= 2*len(quote) && strings.HasPrefix(body, quote) && strings.HasSuffix(body, quote) {
			s := body[len(quote) : len(body)-len(quote)]
			if strings.ContainsRune(s, '\\') {
				return "", false
			}
			return s, true
		}
	}
	return "", false
}
