package markdown

import (
	"context"
	"reflect"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tsmd "github.com/smacker/go-tree-sitter/markdown/tree-sitter-markdown"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

// runFrontEnd runs the Analyzer through the driver over files and returns
// its result and the run's Set.
func runFrontEnd(t testing.TB, files map[string]string, jobs int) (*Result, *source.Set) {
	t.Helper()
	return drivertest.Run[*Result](t, Analyzer, files, jobs)
}

func extract(t testing.TB, src string) (*Facts, []source.Comment) {
	t.Helper()
	return extractPath(t, "doc.md", src)
}

func extractPath(t testing.TB, path, src string) (*Facts, []source.Comment) {
	t.Helper()
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tsmd.GetLanguage())
	tree, err := p.ParseCtx(context.Background(), nil, parserInput([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	return Extract(path, []byte(src), tree.RootNode(), nil)
}

func textOf(src string, sp source.Span) string { return src[sp.Start:sp.End] }

const doc = "# Results <!-- note -->\n" +
	"\n" +
	"<!-- covet-lint: ignore[CVT101] measured elsewhere -->\n" +
	"We serve 23,450 req/sec on one core.\n" +
	"\n" +
	"| server | req/s |\n" +
	"|--------|------:|\n" +
	"| covet  | 23,450 | <!-- want \"claim\" -->\n" +
	"| other `<!-- code -->` | 9,000 |\n" +
	"\n" +
	"```python title=bench.py\n" +
	"print(1)  <!-- not a comment -->\n" +
	"```\n" +
	"\n" +
	"Setext title\n" +
	"------------\n" +
	"\n" +
	"<!--\nmulti-line\n-->\n" +
	"- first item\n" +
	"- second\n" +
	"\n" +
	"> quoted\n" +
	"> more\n"

func TestFacts(t *testing.T) {
	ff, _ := extract(t, doc)
	var heads []string
	for _, h := range ff.Headings {
		heads = append(heads, strings.Repeat("#", h.Level)+" "+h.Text+"|"+textOf(doc, h.TextSpan))
	}
	wantHeads := []string{"# Results <!-- note -->|Results <!-- note -->", "## Setext title|Setext title"}
	if !reflect.DeepEqual(heads, wantHeads) {
		t.Errorf("headings = %q, want %q", heads, wantHeads)
	}
	var paras []string
	for _, p := range ff.Paragraphs {
		if p.Text != textOf(doc, p.Span) {
			t.Errorf("paragraph text %q is not its span %q", p.Text, textOf(doc, p.Span))
		}
		paras = append(paras, p.Text)
	}
	wantParas := []string{"We serve 23,450 req/sec on one core.", "first item", "second", "quoted\n> more"}
	if !reflect.DeepEqual(paras, wantParas) {
		t.Errorf("paragraphs = %q, want %q", paras, wantParas)
	}
	if ff.Paragraphs[0].Heading != 0 || ff.Paragraphs[1].Heading != 1 {
		t.Errorf("paragraph headings = %d, %d; want 0, 1", ff.Paragraphs[0].Heading, ff.Paragraphs[1].Heading)
	}
	if len(ff.Tables) != 1 {
		t.Fatalf("tables = %d, want 1", len(ff.Tables))
	}
	var rows [][]string
	for _, r := range ff.Tables[0].Rows {
		var cells []string
		for _, c := range r.Cells {
			if c.Text != textOf(doc, c.Span) {
				t.Errorf("cell text %q is not its span %q", c.Text, textOf(doc, c.Span))
			}
			cells = append(cells, c.Text)
		}
		rows = append(rows, cells)
	}
	wantRows := [][]string{{"server", "req/s"}, {"covet", "23,450"}, {"other `<!-- code -->`", "9,000"}}
	if !reflect.DeepEqual(rows, wantRows) {
		t.Errorf("rows = %q, want %q (a trailing comment is no cell)", rows, wantRows)
	}
	if !ff.Tables[0].Rows[0].Header || ff.Tables[0].Rows[1].Header {
		t.Errorf("only the first row is the header")
	}
	if len(ff.Code) != 1 {
		t.Fatalf("code blocks = %d, want 1", len(ff.Code))
	}
	c := ff.Code[0]
	if c.Info != "python title=bench.py" || c.Lang != "python" || c.Text != "print(1)  <!-- not a comment -->\n" || c.Text != textOf(doc, c.Content) {
		t.Errorf("code = %+v", c)
	}
}

func TestComments(t *testing.T) {
	_, cs := extract(t, doc)
	type got struct {
		Text     string
		Trailing bool
		Covers   string
	}
	var gots []got
	for _, c := range cs {
		if c.Text != textOf(doc, c.Span) {
			t.Errorf("comment text %q is not its span", c.Text)
		}
		gots = append(gots, got{c.Text, c.Trailing, textOf(doc, c.Covers)})
	}
	want := []got{
		{"<!-- note -->", true, ""},
		{"<!-- covet-lint: ignore[CVT101] measured elsewhere -->", false, "We serve 23,450 req/sec on one core."},
		{"<!-- want \"claim\" -->", true, ""},
		{"<!--\nmulti-line\n-->", false, "- first item"},
	}
	if !reflect.DeepEqual(gots, want) {
		t.Errorf("comments:\n got %+v\nwant %+v", gots, want)
	}
}

func TestCommentCoversTableAndHeading(t *testing.T) {
	src := "<!-- a -->\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- b -->\n## Heading\n\ntext <!-- c --> more\n<!-- d -->"
	_, cs := extract(t, src)
	var covers []string
	for _, c := range cs {
		covers = append(covers, c.Text+"="+textOf(src, c.Covers))
	}
	want := []string{"<!-- a -->=| a | b |\n|---|---|\n| 1 | 2 |", "<!-- b -->=## Heading", "<!-- c -->=", "<!-- d -->="}
	if !reflect.DeepEqual(covers, want) {
		t.Errorf("covers = %q, want %q", covers, want)
	}
}

func TestHTMLCommentsScanner(t *testing.T) {
	for _, tc := range []struct {
		src    string
		inline bool
		want   []string
	}{
		{"a <!-- x --> b <!-- y -->", true, []string{"<!-- x -->", "<!-- y -->"}},
		{"`<!-- x -->` <!-- y -->", true, []string{"<!-- y -->"}},
		{"``a ` <!-- x -->`` b", true, nil},
		{"` unclosed <!-- x -->", true, []string{"<!-- x -->"}},
		{`\<!-- x -->`, true, nil},
		{"`<!-- x -->`", false, []string{"<!-- x -->"}},
		{"<!-- never closed", true, nil},
		{"<!---->", true, []string{"<!---->"}},
	} {
		var got []string
		for _, sp := range htmlComments([]byte(tc.src), 0, len(tc.src), tc.inline, nil) {
			got = append(got, textOf(tc.src, sp))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("htmlComments(%q, inline=%v) = %q, want %q", tc.src, tc.inline, got, tc.want)
		}
	}
}

func TestDepthEstimateNeverUnderestimates(t *testing.T) {
	for shape, gen := range nested {
		for _, n := range []int{1, 2, 7, 99, 100, 101, 254, 255, 256, 1000} {
			if d := nestingDepth([]byte(gen(n)), 1<<30); d < n {
				t.Errorf("%s at %d levels: estimated %d", shape, n, d)
			}
		}
	}
}

func TestDepthEstimateOrdinaryDocuments(t *testing.T) {
	for _, src := range []string{
		doc,
		"- a\n  - b\n    - c\n      - d\n",
		"1. one\n2. two\n\n   indented continuation\n",
		"text - with dashes > and arrows\n---\n***\n",
		"> quote\n> > nested\n",
		"-not a list\n+also not\n12345678901. not ordered\n",
	} {
		if d := nestingDepth([]byte(src), 1<<30); d > 6 {
			t.Errorf("nestingDepth(%q) = %d, want a handful", src, d)
		}
	}
}

// TestDeepFilesAreSkipped is the regression test for the crash: without
// the guard, parsing these files kills the test binary.
func TestDeepFilesAreSkipped(t *testing.T) {
	files := map[string]string{"ok.md": "# fine\n\n" + nested["quotes"](MaxDepth-3)}
	for shape, gen := range nested {
		files[shape+"-256.md"] = gen(256)
		files[shape+"-5000.md"] = gen(5000)
	}
	res, set := runFrontEnd(t, files, 2)
	if res.Files["ok.md"] == nil {
		t.Errorf("ok.md (%d levels) was not parsed", MaxDepth-3)
	}
	warned := map[string]bool{}
	for _, w := range set.Warnings() {
		if strings.Contains(w.Message, "nested more than") {
			warned[w.Path] = true
		}
	}
	for p := range files {
		if p == "ok.md" {
			continue
		}
		if !warned[p] || res.Files[p] != nil {
			t.Errorf("%s: warned=%v parsed=%v, want skipped with a warning", p, warned[p], res.Files[p] != nil)
		}
	}
}

func TestAnalyzerRecordsComments(t *testing.T) {
	res, _ := runFrontEnd(t, map[string]string{"README.md": doc, "docs/b.md": "text <!-- want \"x\" -->\n"}, 2)
	if !reflect.DeepEqual(res.Paths, []string{"README.md", "docs/b.md"}) {
		t.Errorf("paths = %q", res.Paths)
	}
	if n := len(res.Comments["README.md"]); n != 4 {
		t.Errorf("README.md comments = %d, want 4", n)
	}
	if cs := res.Comments["docs/b.md"]; len(cs) != 1 || !cs[0].Trailing {
		t.Errorf("docs/b.md comments = %+v", cs)
	}
}

func TestParserInputKeepsLengthAndASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain ascii 123", "plain ascii 123"},
		{"2024年", "2024xxx"},
		{"é1é", "é1xx"},
		{"1\xff2\U0010ffff", "1x2xxxx"},
	} {
		got := string(parserInput([]byte(tc.in)))
		if got != tc.want || len(got) != len(tc.in) {
			t.Errorf("parserInput(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	src := []byte("no digits é")
	if out := parserInput(src); &out[0] != &src[0] {
		t.Errorf("a safe source is copied")
	}
}
