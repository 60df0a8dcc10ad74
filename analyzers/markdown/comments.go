package markdown

import (
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// htmlComments finds the HTML comments <!-- ... --> in src[start:end]. In
// inline content (inline true) code spans and backslash escapes are skipped,
// so `<!-- x -->` written as code is not a comment. An unterminated comment
// is none.
func htmlComments(src []byte, start, end int, inline bool, out []source.Span) []source.Span {
	for i := start; i+4 <= end; {
		switch c := src[i]; {
		case inline && c == '\\':
			i += 2
		case inline && c == '`':
			i = skipCodeSpan(src, i, end)
		case c == '<' && src[i+1] == '!' && src[i+2] == '-' && src[i+3] == '-':
			j := indexFrom(src, i+4, end, "-->")
			if j < 0 {
				return out
			}
			out = append(out, source.Span{Start: i, End: j + 3})
			i = j + 3
		default:
			i++
		}
	}
	return out
}

// skipCodeSpan returns where scanning resumes after the backtick run at i:
// after the matching run of the same length, or after the run itself when
// nothing closes it (then it is literal text).
func skipCodeSpan(src []byte, i, end int) int {
	n := runLen(src, i, end)
	for j := i + n; j < end; {
		if src[j] != '`' {
			j++
			continue
		}
		m := runLen(src, j, end)
		if m == n {
			return j + m
		}
		j += m
	}
	return i + n
}

func runLen(src []byte, i, end int) int {
	n := 0
	for i+n < end && src[i+n] == '`' {
		n++
	}
	return n
}

func indexFrom(src []byte, i, end int, s string) int {
	for ; i+len(s) <= end; i++ {
		if string(src[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

// alone reports whether only blanks and block-quote markers precede sp on
// its first line and only blanks follow it on its last.
func alone(src []byte, sp source.Span) bool {
	for i := sp.Start - 1; i >= 0 && src[i] != '\n'; i-- {
		if c := src[i]; c != ' ' && c != '\t' && c != '>' && c != '\r' {
			return false
		}
	}
	for i := sp.End; i < len(src) && src[i] != '\n'; i++ {
		if c := src[i]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// buildComments turns comment spans into Comments. A comment sharing its
// line with text is Trailing (it covers its line); one alone on its line
// covers the next block (paragraph, list item, heading, table or code
// block) that starts after it. blocks must be sorted by Start.
func buildComments(src []byte, spans []source.Span, blocks []source.Span) []source.Comment {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []source.Comment
	for i, sp := range spans {
		if i > 0 && sp.Start < spans[i-1].End {
			continue // found twice (a paragraph inside a table cell...)
		}
		c := source.Comment{Span: sp, Text: text(src, sp)}
		if !alone(src, sp) {
			c.Trailing = true
		} else {
			k := sort.Search(len(blocks), func(k int) bool { return blocks[k].Start >= sp.End })
			if k < len(blocks) {
				c.Covers = blocks[k]
			}
		}
		out = append(out, c)
	}
	return out
}

// onlyComments reports whether src[sp] is nothing but HTML comments and blanks.
func onlyComments(src []byte, sp source.Span) bool {
	cs := htmlComments(src, sp.Start, sp.End, false, nil)
	if len(cs) == 0 {
		return false
	}
	at := sp.Start
	for _, c := range append(cs, source.Span{Start: sp.End, End: sp.End}) {
		for ; at < c.Start; at++ {
			if b := src[at]; b != ' ' && b != '\t' {
				return false
			}
		}
		at = c.End
	}
	return true
}
