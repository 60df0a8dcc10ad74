package docs

import (
	"iter"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// CitesOutside reports whether the claim cites a source outside the
// repository: a URL, a footnote or citation, a phrase ("according to",
// "source:") with no link to read instead, or a quotation of someone.
func (c *Claim) CitesOutside() bool {
	if c.Quoted {
		return true
	}
	for _, r := range c.Refs {
		if r.External {
			return true
		}
	}
	return c.Cited && len(c.Refs) == 0
}

// Line is the claims a rule keeps on one line of one file, in text order:
// rules report once per line, at its first claim.
type Line struct {
	File   *File
	Line   int
	Claims []*Claim
}

// ByLine groups the claims seq yields that keep accepts by file and line.
// seq must yield each file's claims in text order, as Claims and
// ClaimsWith do.
func ByLine(set *source.Set, seq iter.Seq2[*File, *Claim], keep func(*Claim) bool) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		var cur Line
		for f, c := range seq {
			if !keep(c) {
				continue
			}
			sf := set.File(f.Path)
			if sf == nil {
				continue
			}
			line := sf.Tok.Line(sf.Pos(c.Span.Start))
			if cur.File == f && cur.Line == line {
				cur.Claims = append(cur.Claims, c)
				continue
			}
			if cur.File != nil && !yield(cur) {
				return
			}
			cur = Line{File: f, Line: line, Claims: []*Claim{c}}
		}
		if cur.File != nil {
			yield(cur)
		}
	}
}

// isQuotation: the text opens and closes with quotation marks.
func isQuotation(text string) bool {
	t := strings.TrimSpace(text)
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"„", "“"}, {"«", "»"}} {
		if len(t) > len(q[0])+len(q[1]) && strings.HasPrefix(t, q[0]) && strings.HasSuffix(t, q[1]) {
			return true
		}
	}
	return false
}
