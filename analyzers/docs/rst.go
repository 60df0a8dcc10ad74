package docs

import (
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/rst"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// rstUnits cuts a reStructuredText document into the units of prose that
// may hold a claim: headings, paragraphs, list items, terms, line blocks
// and table rows. The reader has blanked inline markup already; a path
// inside an inline literal (“benchmarks/run.py“) becomes a link.
func rstUnits(src []byte, d *rst.Doc) []claims.Unit {
	var us []claims.Unit
	for _, h := range d.Headings {
		if claims.MayHoldClaim([]byte(h.Text)) {
			us = append(us, claims.Unit{Offset: h.TextSpan.Start, Text: h.Text})
		}
	}
	for _, p := range d.Prose {
		if claims.MayHoldClaim([]byte(p.Text)) {
			us = append(us, rstUnit(src, p.Span, p.Text, p.Links))
		}
	}
	for _, t := range d.Tables {
		if !claims.MayHoldClaim(src[t.Span.Start:t.Span.End]) {
			continue
		}
		var lead *claims.Unit
		if t.LeadIn >= 0 {
			p := d.Prose[t.LeadIn]
			u := rstUnit(src, p.Span, p.Text, p.Links)
			lead = &u
		}
		var cols []claims.Cell
		for _, c := range t.Columns {
			cols = append(cols, claims.Cell{Offset: c.Span.Start, Text: c.Text})
		}
		for _, r := range t.Rows {
			if !r.Header {
				cells := make([]claims.Unit, len(r.Cells))
				for k, c := range r.Cells {
					cells[k] = rstUnit(src, c.Span, c.Text, c.Links)
				}
				us = append(us, rowUnit(r.Span.Start, cols, lead, cells))
			}
		}
	}
	sortUnits(us)
	return us
}

// rstUnit is a unit of prose whose text the reader blanked; the paths in
// what it blanked (inline literals) are added to its links.
func rstUnit(src []byte, sp source.Span, text string, links []rst.Link) claims.Unit {
	u := claims.Unit{Offset: sp.Start, Text: text}
	for _, l := range links {
		u.Links = append(u.Links, claims.Link{Span: l.Span, Target: l.Target})
	}
	orig := src[sp.Start:min(sp.End, sp.Start+len(text))]
	var literals []source.Span
	for i := 0; i < len(orig); {
		if text[i] != ' ' || orig[i] == ' ' {
			i++
			continue
		}
		j := i + 1 // the reader may blank a line break too
		for j < len(orig) && text[j] == ' ' && orig[j] != '\n' {
			j++
		}
		words, offs := pathWords(string(orig[i:j]))
		for k, w := range words {
			at := sp.Start + i + offs[k]
			u.Links = append(u.Links, claims.Link{Span: source.Span{Start: at, End: at + len(w)}, Target: w})
		}
		if orig[i] == '`' {
			literals = append(literals, source.Span{Start: sp.Start + i, End: sp.Start + j})
		}
		i = j
	}
	u.Text = keepIdentifiers(u.Text, orig, literals, sp.Start)
	return u
}

// rowUnit makes a table row's unit of its cells, each read as a unit of
// its own: the row carries their links.
func rowUnit(offset int, cols []claims.Cell, lead *claims.Unit, cells []claims.Unit) claims.Unit {
	row := &claims.Row{Columns: cols, LeadIn: lead, Cells: make([]claims.Cell, len(cells))}
	var links []claims.Link
	for k, c := range cells {
		row.Cells[k] = claims.Cell{Offset: c.Offset, Text: c.Text}
		links = append(links, c.Links...)
	}
	return claims.Unit{Offset: offset, Row: row, Links: links}
}

// sortUnits puts units in source order.
func sortUnits(us []claims.Unit) {
	sort.SliceStable(us, func(i, j int) bool { return us[i].Offset < us[j].Offset })
}
