package markdown

import (
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// FuzzMarkdown runs the guard, the parser and Extract on arbitrary bytes:
// no crash (a crash in C ends the fuzzer and leaves the input in
// testdata/fuzz), no panic, and every span inside the file.
func FuzzMarkdown(f *testing.F) {
	f.Add(doc)
	f.Add("| a |\n|---|\n| 1 | <!-- c -->\n")
	f.Add("> - > - ```\n> - > - code\n")
	f.Add(nested["quote-list"](90))
	f.Add("<!--\n\n- x\n<!-- y -->\n")
	f.Fuzz(func(t *testing.T, src string) {
		if nestingDepth([]byte(src), MaxDepth) > MaxDepth {
			return
		}
		ff, cs := extract(t, src)
		in := func(sp source.Span) {
			if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
				t.Fatalf("span %v outside a %d-byte file", sp, len(src))
			}
		}
		for _, c := range cs {
			in(c.Span)
			in(c.Covers)
			if c.Text != src[c.Start:c.End] {
				t.Fatalf("comment text %q is not its span", c.Text)
			}
		}
		for _, h := range ff.Headings {
			in(h.Span)
			in(h.TextSpan)
		}
		for _, p := range ff.Paragraphs {
			in(p.Span)
		}
		for _, tb := range ff.Tables {
			for _, r := range tb.Rows {
				for _, c := range r.Cells {
					in(c.Span)
				}
			}
		}
		for _, c := range ff.Code {
			in(c.Content)
		}
	})
}
