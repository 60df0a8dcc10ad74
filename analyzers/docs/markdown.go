package docs

import (
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/markdown"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// markdownUnits cuts a Markdown file's facts into the units of prose that
// may hold a claim: headings, paragraphs (list items and quotes included)
// and table rows. Fenced and indented code, HTML blocks and MDX code are
// not prose; the front-end leaves them out of paragraphs.
func markdownUnits(src []byte, ff *markdown.Facts, comments []source.Comment) []claims.Unit {
	hc := commentSpans(comments)
	var us []claims.Unit
	for _, h := range ff.Headings {
		if u, ok := mdUnit(src, h.TextSpan, h.Inline, hc); ok {
			us = append(us, u)
		}
	}
	leadIns := map[int]int{} // table start -> paragraph index
	for i, p := range ff.Paragraphs {
		leadIns[nextBlockStart(src, p.Span.End)] = i
		if u, ok := mdUnit(src, p.Span, p.Inline, hc); ok {
			us = append(us, u)
		}
	}
	for _, t := range ff.Tables {
		if len(t.Rows) == 0 || !claims.MayHoldClaim(src[t.Span.Start:t.Span.End]) {
			continue
		}
		var lead *claims.Unit
		if i, ok := leadIns[t.Span.Start]; ok {
			p := ff.Paragraphs[i]
			u := mdText(src, p.Span, p.Inline, hc)
			lead = &u
		}
		var cols []claims.Cell
		if t.Rows[0].Header {
			for _, c := range t.Rows[0].Cells {
				u := mdText(src, c.Span, c.Inline, hc)
				cols = append(cols, claims.Cell{Offset: u.Offset, Text: u.Text})
			}
		}
		for _, r := range t.Rows {
			if !r.Header {
				cells := make([]claims.Unit, len(r.Cells))
				for k, c := range r.Cells {
					cells[k] = mdText(src, c.Span, c.Inline, hc)
				}
				us = append(us, rowUnit(r.Span.Start, cols, lead, cells))
			}
		}
	}
	sortUnits(us)
	return us
}

// mdUnit is the unit of a block, when its text may hold a claim.
func mdUnit(src []byte, sp source.Span, in *markdown.Inline, comments []source.Span) (claims.Unit, bool) {
	if sp.End <= sp.Start || !claims.MayHoldClaim(src[sp.Start:sp.End]) {
		return claims.Unit{}, false
	}
	return mdText(src, sp, in, comments), true
}

// mdText blanks what is not prose in a block: code spans (a path in one
// becomes a link), inline HTML, HTML comments, link destinations and the
// container markers ("> ", indentation) of continuation lines.
func mdText(src []byte, sp source.Span, in *markdown.Inline, comments []source.Span) claims.Unit {
	u := claims.Unit{Offset: sp.Start}
	var blank []source.Span
	rel := func(s source.Span) source.Span { return source.Span{Start: s.Start - sp.Start, End: s.End - sp.Start} }
	for k := sort.Search(len(comments), func(k int) bool { return comments[k].End > sp.Start }); k < len(comments) && comments[k].Start < sp.End; k++ {
		blank = append(blank, rel(comments[k]))
	}
	if in != nil {
		for _, c := range in.Code {
			blank = append(blank, rel(c))
			words, offs := pathWords(string(src[c.Start:c.End]))
			for k, w := range words {
				at := c.Start + offs[k]
				u.Links = append(u.Links, claims.Link{Span: source.Span{Start: at, End: at + len(w)}, Target: w})
			}
		}
		for _, h := range in.HTML {
			blank = append(blank, rel(h))
		}
		for _, l := range in.Links {
			if l.Text.End > l.Text.Start {
				blank = append(blank, rel(source.Span{Start: l.Span.Start, End: l.Text.Start}), rel(source.Span{Start: l.Text.End, End: l.Span.End}))
			} else {
				blank = append(blank, rel(l.Span))
			}
			if l.Target != "" {
				u.Links = append(u.Links, claims.Link{Span: l.Span, Target: l.Target})
			}
		}
	}
	text := src[sp.Start:sp.End]
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '>') {
			j++
		}
		if j > i+1 {
			blank = append(blank, source.Span{Start: i + 1, End: j})
		}
	}
	u.Text = claims.Blank(string(text), blank)
	if in != nil {
		u.Text = keepIdentifiers(u.Text, text, in.Code, sp.Start)
	}
	sort.Slice(u.Links, func(i, j int) bool { return u.Links[i].Span.Start < u.Links[j].Span.Start })
	return u
}

// commentSpans are the comments' spans, in source order (as the front-end
// records them).
func commentSpans(cs []source.Comment) []source.Span {
	out := make([]source.Span, len(cs))
	for i, c := range cs {
		out[i] = c.Span
	}
	return out
}

// nextBlockStart skips the blank lines after offset end.
func nextBlockStart(src []byte, end int) int {
	for end < len(src) && (src[end] == ' ' || src[end] == '\t' || src[end] == '\n' || src[end] == '\r') {
		end++
	}
	return end
}
