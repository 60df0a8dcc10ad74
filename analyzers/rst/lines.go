package rst

import (
	"bytes"
	"unicode/utf8"
)

// line is one source line: [start, end) without its line break, the byte
// where its text starts and its indentation in columns (tabs to multiples
// of 8, as docutils expands them).
type line struct {
	start, end int
	text       int
	indent     int
	blank      bool
}

// splitLines cuts src at \n, \r\n and lone \r, after a byte-order mark.
func splitLines(src []byte) []line {
	ls := make([]line, 0, bytes.Count(src, []byte("\n"))+1)
	i := 0
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		i = 3
	}
	for i <= len(src) {
		j := i
		for j < len(src) && src[j] != '\n' && src[j] != '\r' {
			j++
		}
		ls = append(ls, newLine(src, i, j))
		switch {
		case j+1 < len(src) && src[j] == '\r' && src[j+1] == '\n':
			i = j + 2
		case j < len(src):
			i = j + 1
		default:
			return ls
		}
	}
	return ls
}

func newLine(src []byte, start, end int) line {
	l := line{start: start, end: end, text: start}
	col := 0
	for l.text < end && (src[l.text] == ' ' || src[l.text] == '\t' || src[l.text] == '\f' || src[l.text] == '\v') {
		if src[l.text] == '\t' {
			col = col/8*8 + 8
		} else {
			col++
		}
		l.text++
	}
	l.indent, l.blank = col, l.text == end
	return l
}

// adornment reports whether l is a section adornment or transition: one
// punctuation character repeated, at least twice, from column 0, with
// nothing but spaces after it.
func adornment(src []byte, l line) (byte, int, bool) {
	if l.blank || l.indent != 0 {
		return 0, 0, false
	}
	c := src[l.start]
	if !isAdornChar(c) {
		return 0, 0, false
	}
	n := 0
	for n < l.end-l.start && src[l.start+n] == c {
		n++
	}
	if n < 2 || len(bytes.TrimRight(src[l.start+n:l.end], " \t")) > 0 {
		return 0, 0, false
	}
	return c, n, true
}

func isAdornChar(c byte) bool {
	return c < 0x80 && bytes.IndexByte([]byte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"), c) >= 0
}

// width is the text's length in characters, what an underline must cover.
func width(b []byte) int { return utf8.RuneCount(bytes.TrimRight(b, " \t")) }

// bulletAt reads a bullet list marker at the start of l's text and returns
// the byte where the item's text starts.
func bulletAt(src []byte, l line) (int, bool) {
	t := src[l.text:l.end]
	for _, b := range []string{"* ", "- ", "+ ", "• ", "‣ ", "⁃ "} {
		if bytes.HasPrefix(t, []byte(b)) {
			return skipSpaces(src, l.text+len(b), l.end), true
		}
		if string(t) == b[:len(b)-1] {
			return l.end, true
		}
	}
	return 0, false
}

// enumAt reads an enumerated list marker: 1. 1) (1) #. a. A) iv. (IV)
func enumAt(src []byte, l line) (int, bool) {
	t := src[l.text:l.end]
	i := 0
	paren := len(t) > 0 && t[0] == '('
	if paren {
		i++
	}
	j := i
	for j < len(t) && j-i < 9 && isEnumChar(t[j]) {
		j++
	}
	if j == i || j >= len(t) {
		return 0, false
	}
	body := t[i:j]
	if !(allDigits(body) || string(body) == "#" || len(body) == 1 || romanLike(body)) {
		return 0, false
	}
	switch {
	case paren && t[j] == ')', !paren && (t[j] == '.' || t[j] == ')'):
	default:
		return 0, false
	}
	j++
	if j < len(t) && t[j] != ' ' {
		return 0, false
	}
	return skipSpaces(src, l.text+j, l.end), true
}

func isEnumChar(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '#'
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

func romanLike(b []byte) bool {
	lower := bytes.ToLower(b)
	return len(bytes.Trim(lower, "ivxlcdm")) == 0
}

func skipSpaces(src []byte, i, end int) int {
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}
