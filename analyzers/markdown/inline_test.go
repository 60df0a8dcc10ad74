package markdown

import (
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

const inlineDoc = "# Speed: 23,450 req/s with `uvloop` <!-- c -->\n" +
	"\n" +
	"Measured with [wrk](benchmarks/run_wrk.sh) at 9,000 req/s, see [the report][rep] and <https://example.org/b>; `23,450` in code.\n" +
	"\n" +
	"Plain words with a [link](docs/x.md) and no figure.\n" +
	"\n" +
	"Results from [our load test][rep]:\n" +
	"\n" +
	"| server | req/s |\n" +
	"|---|---:|\n" +
	"| covet <img width=\"20%\" src=\"x.png\"> | 9,000 [src][] |\n" +
	"\n" +
	"[rep]: benchmarks/REPORT.md\n" +
	"[SRC]: https://example.org/src\n"

func TestInline(t *testing.T) {
	ff, _ := extract(t, inlineDoc)
	src := inlineDoc
	h := ff.Headings[0]
	if h.Inline == nil || len(h.Inline.Code) != 1 || textOf(src, h.Inline.Code[0]) != "`uvloop`" {
		t.Errorf("heading inline: %+v", h.Inline)
	}
	if len(ff.Paragraphs) != 3 {
		t.Fatalf("paragraphs: %+v", ff.Paragraphs)
	}
	p := ff.Paragraphs[0].Inline
	if p == nil {
		t.Fatal("paragraph with figures and links not parsed inline")
	}
	var targets []string
	for _, l := range p.Links {
		targets = append(targets, l.Target)
	}
	if got := strings.Join(targets, " "); got != "benchmarks/run_wrk.sh benchmarks/REPORT.md https://example.org/b" {
		t.Errorf("link targets %q", got)
	}
	if textOf(src, p.Links[0].Text) != "wrk" {
		t.Errorf("link text %q", textOf(src, p.Links[0].Text))
	}
	if len(p.Code) != 1 || textOf(src, p.Code[0]) != "`23,450`" {
		t.Errorf("code spans %+v", p.Code)
	}
	// No figure: the inline grammar is not run.
	if ff.Paragraphs[1].Inline != nil {
		t.Errorf("paragraph without a digit was parsed inline: %+v", ff.Paragraphs[1].Inline)
	}
	// A table's lead-in is parsed for its links even without a figure.
	lead := ff.Paragraphs[2].Inline
	if lead == nil || len(lead.Links) != 1 || lead.Links[0].Target != "benchmarks/REPORT.md" {
		t.Errorf("lead-in inline: %+v", lead)
	}
	cells := ff.Tables[0].Rows[1].Cells
	// The digit of width="20%" makes the cell worth parsing; the tag is
	// then known not to be prose.
	if c := cells[0]; c.Inline == nil || len(c.Inline.HTML) != 1 {
		t.Errorf("cell with an HTML tag: %+v", c.Inline)
	}
	c := cells[1]
	if c.Inline == nil || len(c.Inline.Links) != 1 || c.Inline.Links[0].Target != "https://example.org/src" {
		t.Errorf("collapsed reference with a case-folded label: %+v", c.Inline)
	}
	if len(ff.LinkDefs) != 2 || ff.LinkDefs[1].Label != "src" {
		t.Errorf("link definitions: %+v", ff.LinkDefs)
	}
}

// TestInlineHTML: an HTML tag in a block with a figure is not prose: its
// span covers the attribute values.
func TestInlineHTML(t *testing.T) {
	src := "Up to 3x faster <img width=\"20%\" src=\"a.png\"> than before.\n"
	ff, _ := extract(t, src)
	in := ff.Paragraphs[0].Inline
	if in == nil || len(in.HTML) != 1 || !strings.Contains(textOf(src, in.HTML[0]), `width="20%"`) {
		t.Errorf("inline HTML: %+v", in)
	}
}

// TestInlineStaysInItsBlock: a backtick opened in one block never closes
// in another.
func TestInlineStaysInItsBlock(t *testing.T) {
	src := "Run `1 ms [a](b)\n\nthen 2 ms` ok [c](d)\n"
	ff, _ := extract(t, src)
	for i, p := range ff.Paragraphs {
		if p.Inline == nil {
			t.Fatalf("paragraph %d not parsed", i)
		}
		for _, c := range p.Inline.Code {
			if !p.Span.Contains(c) {
				t.Errorf("code span %v leaves paragraph %v", c, p.Span)
			}
		}
	}
	if n := len(ff.Paragraphs[0].Inline.Links) + len(ff.Paragraphs[1].Inline.Links); n != 2 {
		t.Errorf("links: %d, want 2", n)
	}
}

func TestInlineBudget(t *testing.T) {
	src := strings.Repeat("1 ms [a](b)\n\n", 2000)
	ff, _ := extract(t, src) // unlimited budget: every paragraph parsed
	if ff.Paragraphs[len(ff.Paragraphs)-1].Inline == nil {
		t.Fatal("last paragraph not parsed")
	}
	spent := tsx.NewBudget(-1)
	spent.ExpiredNow()
	ff2 := &Facts{Paragraphs: []Paragraph{{Span: source.Span{Start: 0, End: 8}}}}
	ff2.parseInline([]byte(src), spent)
	if ff2.Paragraphs[0].Inline != nil {
		t.Error("parsed inline after the budget expired")
	}
}

// TestInlineTrigger: the inline grammar runs on blocks with markup that
// the claims pre-scan accepts: a figure, or a comparison with no digit;
// not on digits that cannot be figures (versions, counts).
func TestInlineTrigger(t *testing.T) {
	src := "Python 3.12 and [docs](x.md), 40 [tests](t.md).\n\n" +
		"Outperforms [FastAPI](https://fastapi.tiangolo.com) in `bench`.\n\n" +
		"Serves 9,000 req/s ([wrk](run.sh)).\n"
	ff, _ := extract(t, src)
	if len(ff.Paragraphs) != 3 {
		t.Fatalf("paragraphs: %+v", ff.Paragraphs)
	}
	for i, want := range []bool{false, true, true} {
		if got := ff.Paragraphs[i].Inline != nil; got != want {
			t.Errorf("paragraph %d parsed inline: %v, want %v", i, got, want)
		}
	}
}

func TestNormalizeLabel(t *testing.T) {
	for in, want := range map[string]string{"[Foo  Bar]": "foo bar", "rep": "rep", "[ A\n b ]": "a b"} {
		if got := normalizeLabel(in); got != want {
			t.Errorf("normalizeLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQueriesMatchTheirConstants(t *testing.T) {
	if got := query.Patterns(); got != blockPatterns {
		t.Errorf("block query: %d patterns, constants name %d", got, blockPatterns)
	}
	if got := inlineQuery.Patterns(); got != iPatterns {
		t.Errorf("inline query: %d patterns, constants name %d", got, iPatterns)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustHavePatterns accepted a wrong count")
		}
	}()
	query.MustHavePatterns(blockPatterns + 1)
}

func TestMarkdownExtensions(t *testing.T) {
	for _, p := range []string{"README.md", "docs/perf.markdown", "docs/site/bench.mdx"} {
		if lang, ok := source.LangOf(p); !ok || lang != source.Markdown {
			t.Errorf("%s: %v %v", p, lang, ok)
		}
	}
}

func TestMDXCodeIsNotProse(t *testing.T) {
	mdx := "import Chart from './chart'\n\n<Chart data={[1, 2, 3]} />\n\n{props.rps}\n\nWe serve 9,000 req/s.\n"
	ff, _ := extractPath(t, "docs/bench.mdx", mdx)
	if len(ff.Paragraphs) != 1 || ff.Paragraphs[0].Text != "We serve 9,000 req/s." {
		t.Errorf("MDX paragraphs: %+v", ff.Paragraphs)
	}
	// The same text in a .md file is all prose.
	md, _ := extract(t, mdx)
	if len(md.Paragraphs) != 4 {
		t.Errorf(".md paragraphs: %d, want 4", len(md.Paragraphs))
	}
}
