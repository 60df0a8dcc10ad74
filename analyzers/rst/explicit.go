package rst

import (
	"bytes"
	"strings"
)

// codeDirectives have bodies that are not prose: code, literal text,
// markup for other tools, or options only. Every other directive's body
// (admonitions, version notes, API descriptions such as py:function, tabs,
// containers, the table directive) is read like the rest of the document,
// and so are the bodies of directives this list does not know.
var codeDirectives = map[string]bool{
	"code": true, "code-block": true, "sourcecode": true, "literalinclude": true, "raw": true,
	"math": true, "highlight": true, "image": true, "include": true, "toctree": true,
	"graphviz": true, "digraph": true, "graph": true, "doctest": true, "testcode": true,
	"testoutput": true, "testsetup": true, "testcleanup": true, "ipython": true,
	"jupyter-execute": true, "code-cell": true, "plot": true, "mermaid": true, "uml": true,
	"productionlist": true, "parsed-literal": true, "program-output": true,
	"command-output": true, "runblock": true, "prompt": true, "console": true,
	"autosummary": true, "tabularcolumns": true, "contents": true, "sectnum": true,
	"header": true, "footer": true, "meta": true, "index": true, "default-role": true,
	"role": true, "title": true, "mdinclude": true, "literal": true, "bibliography": true,
}

// isCodeDirective: a listed directive, or an autodoc one (automodule,
// autoclass, ...), whose body holds options.
func isCodeDirective(name string) bool {
	return codeDirectives[name] || strings.HasPrefix(name, "auto")
}

// explicit reads a line starting with "..": a directive, a target, a
// substitution definition, a footnote or citation, or a comment.
func (p *parser) explicit(i int) int {
	l := p.ls[i]
	rest := bytes.TrimLeft(p.src[l.text+2:l.end], " \t")
	end := func() int { return p.bodyEnd(i, l.indent) }
	switch {
	case len(rest) == 0:
		return p.literal(i, end(), "comment")
	case rest[0] == '_':
		return p.literal(i, end(), "target")
	case rest[0] == '|':
		return p.literal(i, end(), "substitution")
	case rest[0] == '[':
		return p.literal(i, end(), "footnote")
	}
	name, after, ok := directiveName(rest)
	if !ok {
		return p.literal(i, end(), "comment")
	}
	args := skipSpaces(p.src, l.end-len(after), l.end)
	if name == "list-table" {
		p.argsProse(args, l.end) // the title leads into the table
		return p.listTable(i)
	}
	if name == "csv-table" {
		p.argsProse(args, l.end)
		return p.csvTable(i)
	}
	if isCodeDirective(name) {
		return p.literal(i, end(), name)
	}
	// Options (":class: tip") come first and are not prose.
	j := i + 1
	for j < len(p.ls) && !p.ls[j].blank && p.ls[j].indent > l.indent && p.src[p.ls[j].text] == ':' {
		j++
	}
	if args < l.end && j == i+1 {
		cont := -1
		if j < len(p.ls) && !p.ls[j].blank && p.ls[j].indent > l.indent {
			cont = p.ls[j].indent
		}
		return p.paragraph(i, args, Paragraph, cont)
	}
	p.argsProse(args, l.end)
	return j
}

// argsProse records a directive's arguments, [args, end) less trailing
// spaces, as a paragraph when there are any.
func (p *parser) argsProse(args, end int) {
	if n := len(bytes.TrimRight(p.src[args:end], " \t")); n > 0 {
		p.prose(Paragraph, args, args+n)
	}
}

// directiveName reads "name::" and returns the name, lower-cased, and what
// follows the "::".
func directiveName(rest []byte) (string, []byte, bool) {
	k := bytes.Index(rest, []byte("::"))
	if k <= 0 {
		return "", nil, false
	}
	for _, c := range rest[:k] {
		if !(isAlnumByte(c) || c == '-' || c == '_' || c == ':' || c == '.' || c == '+') {
			return "", nil, false
		}
	}
	return strings.ToLower(string(rest[:k])), rest[k+2:], true
}

func isAlnumByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
