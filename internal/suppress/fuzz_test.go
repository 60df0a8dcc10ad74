package suppress

import (
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// FuzzParse: any comment text gives directives whose spans lie inside the
// comment, never a panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"# noqa: E501, CVT201 reason", "# covet-lint: ignore[CVT201, x]", "<!-- covet-lint: ignore[ -->", "#noqa:", "# NOQA:cvt1,", "covet-lint:ignore["} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := source.Comment{Span: source.Span{Start: 10, End: 10 + len(text)}, Text: text}
		for _, lang := range []source.Lang{source.Python, source.Rust} {
			for _, d := range Parse(c, lang, known) {
				if !c.Span.Contains(d.Span) {
					t.Fatalf("directive span %+v outside %+v", d.Span, c.Span)
				}
				for _, e := range d.Entries {
					if !c.Span.Contains(e.Span) || text[e.Span.Start-10:e.Span.End-10] != e.Text {
						t.Fatalf("entry %+v does not match the text", e)
					}
				}
			}
		}
	})
}
