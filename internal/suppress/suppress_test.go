package suppress

import (
	"go/token"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

func rule(code, name string) *rules.Rule {
	return rules.New(rules.Meta{Code: code, Name: name, Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python}}, nil, nil)
}

var (
	r201  = rule("CVT201", "blocking-call-in-async")
	r101  = rule("CVT101", "unmeasured-claim")
	known = NewKnown([]*rules.Rule{r201, r101, rule("CVT001", "unused-suppression")})
)

// entries is the text of every entry of every directive in comment text.
func entries(text string, lang source.Lang) [][]string {
	var out [][]string
	for _, d := range Parse(source.Comment{Text: text}, lang, known) {
		es := []string{}
		for _, e := range d.Entries {
			s := e.Text
			if e.Rule == nil {
				s += "?"
			}
			es = append(es, s)
		}
		out = append(out, es)
	}
	return out
}

func TestParse(t *testing.T) {
	py, rs, md, tm := source.Python, source.Rust, source.Markdown, source.TOML
	cases := []struct {
		text string
		lang source.Lang
		want [][]string
	}{
		{"# noqa: CVT201", py, [][]string{{"CVT201"}}},
		{"# noqa:CVT201,CVT101", py, [][]string{{"CVT201", "CVT101"}}},
		{"# NoQA: cvt201", py, [][]string{{"cvt201"}}},
		{"# noqa: E501, CVT201", py, [][]string{{"CVT201"}}},
		{"# noqa: E501 W291", py, nil},
		{"# noqa", py, nil},
		{"# noqa CVT201", py, nil},
		{"# noqa: CVT201 because the clock is fake", py, [][]string{{"CVT201"}}},
		{"# noqa: blocking-call-in-async", py, [][]string{{"blocking-call-in-async"}}},
		{"# noqa: CVT999", py, [][]string{{"CVT999?"}}},
		{"# noqa: not-a-rule", py, nil},
		{"# type: ignore  # noqa: CVT201", py, [][]string{{"CVT201"}}},
		{"# noqa: CVT201", tm, [][]string{{"CVT201"}}},
		{"// noqa: CVT201", rs, nil},
		{"// # noqa: CVT201", rs, nil},
		{"# covet-lint: ignore[CVT201] reason", py, [][]string{{"CVT201"}}},
		{"# covet-lint: ignore[CVT201, blocking-call-in-async,CVT101]", py, [][]string{{"CVT201", "blocking-call-in-async", "CVT101"}}},
		{"# covet-lint: ignore[E501]", py, [][]string{{"E501?"}}},
		{"# covet-lint: ignore", py, [][]string{{}}},
		{"# covet-lint: ignore[]", py, [][]string{{}}},
		{"# covet-lint: ignored things", py, nil},
		{"// covet-lint: ignore[CVT201] reason", rs, [][]string{{"CVT201"}}},
		{"/* covet-lint: ignore[CVT201] */", rs, [][]string{{"CVT201"}}},
		{"<!-- covet-lint: ignore[CVT101] measured in bench/ -->", md, [][]string{{"CVT101"}}},
		{"<!-- covet-lint: ignore[unmeasured-claim]-->", md, [][]string{{"unmeasured-claim"}}},
		{"# covet-lint: ignore[CVT201]  # noqa: CVT101", py, [][]string{{"CVT101"}, {"CVT201"}}},
	}
	for _, c := range cases {
		if got := entries(c.text, c.lang); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

func TestParseSpans(t *testing.T) {
	c := source.Comment{Span: source.Span{Start: 100, End: 130}, Text: "# noqa: E501, CVT201 reason"}
	ds := Parse(c, source.Python, known)
	if len(ds) != 1 || len(ds[0].Entries) != 1 {
		t.Fatalf("got %+v", ds)
	}
	if e := ds[0].Entries[0]; e.Span != (source.Span{Start: 114, End: 120}) {
		t.Errorf("entry span %+v, want 114-120 (the code in the file)", e.Span)
	}
}

// file builds a one-file Set with the given comments; each comment is
// found by its text in src.
func file(t *testing.T, path string, lang source.Lang, src string, comments ...source.Comment) (*source.Set, map[string][]source.Comment) {
	t.Helper()
	fset := token.NewFileSet()
	tf := fset.AddFile(path, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	set := source.NewSet([]*source.File{{Path: path, Lang: lang, Src: []byte(src), Tok: tf}}, source.Settings{Jobs: 1})
	for i, c := range comments {
		at := strings.Index(src, c.Text)
		if at < 0 {
			t.Fatalf("comment %q not in source", c.Text)
		}
		comments[i].Span = source.Span{Start: at, End: at + len(c.Text)}
		if c.Covers.End > 0 {
			comments[i].Covers = c.Covers
		}
		comments[i].Trailing = at > 0 && strings.TrimSpace(src[strings.LastIndex(src[:at], "\n")+1:at]) != ""
	}
	return set, map[string][]source.Comment{path: comments}
}

func lines(ds []*Directive) [][2]int {
	var out [][2]int
	for _, d := range ds {
		out = append(out, [2]int{d.From, d.To})
	}
	return out
}

func TestCoveredLines(t *testing.T) {
	rust := "fn a() {\n    // covet-lint: ignore[CVT201] one\n\n    // another comment\n    /* block\n       comment */\n    sleep(); // covet-lint: ignore[CVT201]\n    /* covet-lint: ignore[CVT201] */ sleep();\n}\n// covet-lint: ignore[CVT201]\n"
	set, comments := file(t, "a.rs", source.Rust, rust,
		source.Comment{Text: "// covet-lint: ignore[CVT201] one"},
		source.Comment{Text: "// another comment"},
		source.Comment{Text: "/* block\n       comment */"},
		source.Comment{Text: "// covet-lint: ignore[CVT201]\n"[:29]},
		source.Comment{Text: "/* covet-lint: ignore[CVT201] */"},
	)
	// The fourth comment's text also occurs at the end of the file; find
	// it where it trails code instead.
	cs := comments["a.rs"]
	at := strings.Index(rust, "sleep(); //") + len("sleep(); ")
	cs[3].Span, cs[3].Trailing = source.Span{Start: at, End: at + 29}, true
	end := strings.LastIndex(rust, "// covet-lint")
	cs = append(cs, source.Comment{Span: source.Span{Start: end, End: end + 29}, Text: rust[end : end+29]})
	comments["a.rs"] = cs
	got := lines(Collect(set, comments, known))
	// alone above a blank line, a comment and a block comment -> line 7;
	// trailing -> its line; a leading block comment before code -> its
	// line; alone at the end -> nothing.
	want := [][2]int{{7, 7}, {7, 7}, {8, 8}, {0, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("covered %v, want %v", got, want)
	}
}

func TestCoversFromFrontEnd(t *testing.T) {
	md := "# Title\n\n<!-- covet-lint: ignore[CVT101] -->\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| x | 23,000 req/s | <!-- covet-lint: ignore[CVT101] -->\n"
	block := strings.Index(md, "| a |")
	set, comments := file(t, "README.md", source.Markdown, md,
		source.Comment{Text: "<!-- covet-lint: ignore[CVT101] -->", Covers: source.Span{Start: block, End: strings.Index(md, "\n\n| x")}},
	)
	cs := comments["README.md"]
	row := strings.LastIndex(md, "<!--")
	cs = append(cs, source.Comment{Span: source.Span{Start: row, End: row + 35}, Text: md[row : row+35], Trailing: true})
	comments["README.md"] = cs
	dirs := Collect(set, comments, known)
	if got, want := lines(dirs), [][2]int{{4, 6}, {8, 8}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("covered %v, want %v (the table, then the row)", got, want)
	}
	fs := []report.Finding{
		{Code: "CVT101", Location: report.Location{Path: "README.md", Line: 6}},
		{Code: "CVT101", Location: report.Location{Path: "README.md", Line: 7}},
		{Code: "CVT101", Location: report.Location{Path: "README.md", Line: 8}},
		{Code: "CVT201", Location: report.Location{Path: "README.md", Line: 4}},
	}
	kept := Apply(fs, dirs)
	if len(kept) != 2 || kept[0].Line != 7 || kept[1].Code != "CVT201" {
		t.Errorf("kept %+v, want the finding between the blocks and the other rule's", kept)
	}
	if ps := Unused(dirs, func(string, *rules.Rule) bool { return true }); len(ps) != 0 {
		t.Errorf("unused %+v, want none", ps)
	}
}

func TestUnusedOnlyForRulesThatRan(t *testing.T) {
	set, comments := file(t, "a.py", source.Python, "x = 1  # noqa: CVT201, CVT101\n", source.Comment{Text: "# noqa: CVT201, CVT101"})
	dirs := Collect(set, comments, known)
	ps := Unused(dirs, func(_ string, r *rules.Rule) bool { return r.Code == "CVT201" })
	if len(ps) != 1 || !strings.Contains(ps[0].Message, "no CVT201") || ps[0].Span.Start != 15 {
		t.Errorf("problems %+v, want one about CVT201 at offset 15", ps)
	}
}
