package rst

import (
	"bytes"
	"strings"
)

// proseDirectives have bodies that are read as prose: admonitions, version
// notes, containers, and the table directive (its body is a table).
var proseDirectives = map[string]bool{
	"note": true, "warning": true, "tip": true, "important": true, "hint": true,
	"caution": true, "attention": true, "danger": true, "error": true, "admonition": true,
	"seealso": true, "versionadded": true, "versionchanged": true, "deprecated": true,
	"versionremoved": true, "table": true, "topic": true, "sidebar": true, "epigraph": true,
	"highlights": true, "pull-quote": true, "compound": true, "container": true, "only": true,
	"rubric": true, "figure": true, "tab": true, "tab-item": true, "card": true,
	"dropdown": true, "grid-item-card": true, "tabs": true, "grid": true, "grid-item": true,
	"centered": true, "hlist": true, "todo": true,
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
	if !proseDirectives[name] {
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
