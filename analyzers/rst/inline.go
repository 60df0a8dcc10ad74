package rst

import (
	"bytes"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// codeRoles hold code, not prose: their text is blanked.
var codeRoles = map[string]bool{
	"code": true, "literal": true, "samp": true, "kbd": true, "math": true, "file": true,
	"command": true, "program": true, "envvar": true, "option": true, "func": true,
	"meth": true, "class": true, "mod": true, "attr": true, "data": true, "obj": true,
	"exc": true, "const": true, "keyword": true, "regexp": true, "makevar": true,
	"mailheader": true, "mimetype": true, "token": true, "dfn": true, "guilabel": true,
	"menuselection": true, "raw": true,
}

// linkRoles point somewhere: their target is reported as a link.
var linkRoles = map[string]bool{"ref": true, "doc": true, "download": true, "numref": true, "pep": true, "rfc": true}

// inline returns b's text with inline markup blanked (same length) and the
// links it holds, at file offsets from off. Every construct is looked for
// forward from where the last ended, and a closing string that is not there
// is not looked for again, so the scan is linear.
func (r *refs) inline(b []byte, off int) (string, []Link) {
	s := &inliner{r: r, b: append([]byte(nil), b...), off: off}
	s.run()
	return string(s.b), s.links
}

type inliner struct {
	r     *refs
	b     []byte
	off   int
	links []Link
	// no records closing strings absent from the rest of the text.
	noDouble, noBack bool
}

func (s *inliner) blank(from, to int) {
	for k := max(from, 0); k < to && k < len(s.b); k++ {
		if s.b[k] != '\n' && s.b[k] != '\r' {
			s.b[k] = ' '
		}
	}
}

func (s *inliner) link(from, to int, target string) {
	s.links = append(s.links, Link{Span: source.Span{Start: s.off + from, End: s.off + to}, Target: target})
}

// startOK: inline markup starts after the start, whitespace or opening
// punctuation.
func (s *inliner) startOK(i int) bool {
	return i == 0 || bytes.IndexByte([]byte(" \t\n\r'\"([{<-/:"), s.b[i-1]) >= 0
}

func (s *inliner) run() {
	b := s.b
	for i := 0; i < len(b); {
		switch c := b[i]; {
		case c == '\\':
			i += 2
		case c == '`' && i+1 < len(b) && b[i+1] == '`' && s.startOK(i):
			i = s.literal(i)
		case c == '`' && s.startOK(i):
			i = s.interpreted(i, i, "")
		case c == ':' && s.startOK(i):
			i = s.role(i)
		case c == '*' && s.startOK(i):
			i = s.emphasis(i)
		case c == '[' && s.startOK(i):
			i = s.footnoteRef(i)
		case c == '|' && s.startOK(i) && i+1 < len(b) && b[i+1] != ' ':
			i = s.substitution(i)
		case c == '_' && i > 0 && isAlnumByte(b[i-1]) && (i+1 == len(b) || !isAlnumByte(b[i+1]) && b[i+1] != '_' || b[i+1] == '_' && (i+2 == len(b) || !isAlnumByte(b[i+2]))):
			i = s.simpleRef(i)
		default:
			i++
		}
	}
}

// literal blanks “text“ whole.
func (s *inliner) literal(i int) int {
	if s.noDouble {
		return i + 2
	}
	k := bytes.Index(s.b[i+2:], []byte("``"))
	if k < 0 {
		s.noDouble = true
		return i + 2
	}
	end := i + 2 + k + 2
	s.blank(i, end)
	return end
}

// closingBack finds the backquote that closes one opened at i.
func (s *inliner) closingBack(i int) int {
	if s.noBack {
		return -1
	}
	k := bytes.IndexByte(s.b[i+1:], '`')
	if k < 0 {
		s.noBack = true
		return -1
	}
	return i + 1 + k
}

// interpreted reads `text` opened at i (start is where its role began):
// a hyperlink reference when followed by _ or __, else interpreted text
// whose backquotes (and role) are blanked.
func (s *inliner) interpreted(start, i int, role string) int {
	q := s.closingBack(i)
	if q < 0 {
		return i + 1
	}
	content := string(s.b[i+1 : q])
	end := q + 1
	suffix := 0
	for suffix < 2 && end+suffix < len(s.b) && s.b[end+suffix] == '_' {
		suffix++
	}
	switch {
	case role != "" && codeRoles[role]:
		s.blank(start, end)
		return end
	case role != "" && linkRoles[role]:
		target := content
		if lt := strings.LastIndexByte(content, '<'); lt >= 0 && strings.HasSuffix(content, ">") {
			target = content[lt+1 : len(content)-1]
			s.blank(i+1+lt, q)
		}
		s.link(start, end, role+":"+strings.TrimSpace(target))
		s.blank(start, i+1)
		s.blank(q, end)
		return end
	case role == "" && suffix > 0:
		s.reference(i, q, suffix, content)
		return end + suffix
	}
	s.blank(start, i+1)
	s.blank(q, end)
	return end
}

// reference reads `text <url>`_, `name`_ and `text`__; the link spans the
// whole reference and the text is kept.
func (s *inliner) reference(i, q, suffix int, content string) {
	var target string
	if lt := strings.LastIndexByte(content, '<'); lt >= 0 && strings.HasSuffix(content, ">") {
		target = strings.Join(strings.Fields(content[lt+1:len(content)-1]), "")
		s.blank(i+1+lt, q)
		if strings.HasSuffix(target, "_") && !strings.Contains(target, "://") {
			target = s.r.resolve(strings.Trim(strings.TrimSuffix(target, "_"), "`"))
		}
	} else if suffix == 2 {
		target = s.r.nextAnon()
	} else {
		target = s.r.resolve(content)
	}
	s.blank(i, i+1)
	s.blank(q, q+1+suffix)
	if target != "" {
		s.link(i, q+1+suffix, target)
	}
}

// role reads :name:`text`; a colon that starts no role is skipped.
func (s *inliner) role(i int) int {
	k := i + 1
	for k < len(s.b) && k-i < 40 && (isAlnumByte(s.b[k]) || s.b[k] == '-' || s.b[k] == '_' || s.b[k] == '.' || s.b[k] == '+' || s.b[k] == ':') && !(s.b[k] == ':' && k+1 < len(s.b) && s.b[k+1] == '`') {
		k++
	}
	if k == i+1 || k+1 >= len(s.b) || s.b[k] != ':' || s.b[k+1] != '`' {
		return i + 1
	}
	name := strings.ToLower(string(s.b[i+1 : k]))
	if c := strings.LastIndexByte(name, ':'); c >= 0 { // py:func, rust:fn
		name = name[c+1:]
		if !linkRoles[name] {
			name = "code"
		}
	}
	return s.interpreted(i, k+1, name)
}

// emphasis blanks the markers of *text* and **text**.
func (s *inliner) emphasis(i int) int {
	n := 1
	if i+1 < len(s.b) && s.b[i+1] == '*' {
		n = 2
	}
	open := i + n
	if open >= len(s.b) || s.b[open] == ' ' || s.b[open] == '\n' || s.b[open] == '*' {
		return open
	}
	marker := s.b[i:open]
	k := bytes.Index(s.b[open:], marker)
	if k < 0 {
		return open
	}
	close := open + k
	if s.b[close-1] == ' ' || s.b[close-1] == '\n' {
		return close
	}
	s.blank(i, open)
	s.blank(close, close+n)
	return close + n
}

// footnoteRef reads [1]_, [#]_, [#name]_, [*]_ and [CIT2002]_ as a link
// to the footnote or citation, blanked.
func (s *inliner) footnoteRef(i int) int {
	k := i + 1
	for k < len(s.b) && k-i < 40 && s.b[k] != ']' && s.b[k] != ' ' && s.b[k] != '\n' && s.b[k] != '[' {
		k++
	}
	if k == i+1 || k+1 >= len(s.b) || s.b[k] != ']' || s.b[k+1] != '_' {
		return i + 1
	}
	s.link(i, k+2, string(s.b[i:k+1]))
	s.blank(i, k+2)
	return k + 2
}

// substitution blanks the bars of |name|, a reference to a substitution.
func (s *inliner) substitution(i int) int {
	k := i + 1
	for k < len(s.b) && k-i < 80 && s.b[k] != '|' && s.b[k] != '\n' {
		k++
	}
	if k >= len(s.b) || s.b[k] != '|' || s.b[k-1] == ' ' {
		return i + 1
	}
	s.blank(i, i+1)
	s.blank(k, k+1)
	if k+1 < len(s.b) && s.b[k+1] == '_' {
		s.blank(k+1, k+2)
	}
	return k + 1
}

// simpleRef reads name_ and name__ ending at i: a reference to the target
// named by the word before.
func (s *inliner) simpleRef(i int) int {
	w := i
	for w > 0 && (isAlnumByte(s.b[w-1]) || s.b[w-1] == '-' || s.b[w-1] == '.' || s.b[w-1] == '+') && i-w < 80 {
		w--
	}
	for w < i && !isAlnumByte(s.b[w]) {
		w++
	}
	if w > 0 && (s.b[w-1] == '_' || s.b[w-1] == '/' || s.b[w-1] == ':') {
		return i + 1 // inside a URL or an identifier
	}
	n := 1
	target := ""
	if i+1 < len(s.b) && s.b[i+1] == '_' {
		n, target = 2, s.r.nextAnon()
	} else {
		target = s.r.resolve(string(s.b[w:i]))
	}
	s.blank(i, i+n)
	if target != "" {
		s.link(w, i+n, target)
	}
	return i + n
}
