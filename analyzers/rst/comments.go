package rst

import (
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Comments returns the document's comments (".." blocks that are neither
// directives nor targets), in source order. A comment always stands alone
// on its lines and covers the next block: the heading, paragraph, list
// item or table after it, so a suppression above a paragraph covers all
// of its lines.
func Comments(src []byte, d *Doc) []source.Comment {
	var out []source.Comment
	var blocks []source.Span
	for _, l := range d.Literals {
		if l.Kind == "comment" {
			out = append(out, source.Comment{Span: l.Span, Text: string(src[l.Span.Start:l.Span.End])})
		}
	}
	if len(out) == 0 {
		return nil
	}
	for _, h := range d.Headings {
		blocks = append(blocks, h.Span)
	}
	for _, p := range d.Prose {
		blocks = append(blocks, p.Span)
	}
	for _, t := range d.Tables {
		blocks = append(blocks, t.Span)
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i].Start < blocks[j].Start })
	for i := range out {
		k := sort.Search(len(blocks), func(k int) bool { return blocks[k].Start >= out[i].End })
		if k < len(blocks) {
			out[i].Covers = blocks[k]
		}
	}
	return out
}
