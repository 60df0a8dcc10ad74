package rst

import (
	"testing"
)

// TestComments: ".." blocks that are neither directives, targets,
// footnotes nor substitutions are comments; each covers the block after
// it, a multi-line paragraph whole.
func TestComments(t *testing.T) {
	src := ".. covet-lint: ignore[CVT102] measured elsewhere\n" +
		"\n" +
		"We serve 23,450 req/s\n" +
		"on one core.\n" +
		"\n" +
		".. note:: a directive, not a comment\n" +
		"\n" +
		".. _wrk: https://github.com/wg/wrk\n" +
		"\n" +
		"..\n" +
		"   a comment block\n" +
		"   on two lines\n" +
		"\n" +
		"=====  =====\n" +
		"a      b\n" +
		"=====  =====\n" +
		"1      2\n" +
		"=====  =====\n" +
		"\n" +
		".. want \"at the end\"\n"
	cs := Comments([]byte(src), Parse([]byte(src)))
	if len(cs) != 3 {
		t.Fatalf("comments: %+v", cs)
	}
	text := func(sp [2]int) string { return src[sp[0]:sp[1]] }
	if got := cs[0].Text; got != ".. covet-lint: ignore[CVT102] measured elsewhere" {
		t.Errorf("first comment %q", got)
	}
	if got := text([2]int{cs[0].Covers.Start, cs[0].Covers.End}); got != "We serve 23,450 req/s\non one core." {
		t.Errorf("first comment covers %q", got)
	}
	if got := cs[1].Text; got != "..\n   a comment block\n   on two lines" {
		t.Errorf("comment block %q", got)
	}
	if got := text([2]int{cs[1].Covers.Start, cs[1].Covers.End}); got[:5] != "=====" {
		t.Errorf("comment before a table covers %q", got)
	}
	if cs[2].Covers.End != 0 || cs[2].Trailing {
		t.Errorf("last comment covers %+v", cs[2])
	}
}
