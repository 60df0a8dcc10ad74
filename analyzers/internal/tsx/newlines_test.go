package tsx_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/markdown"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/internal/driver"
)

// Every front-end parses files with LF, CRLF and lone-CR line endings, with
// or without a byte order mark, without a false syntax error, and finds the
// call after the first line's comment at its true offset (a lone CR once
// put every Python statement on line 1 and let a Rust "//" comment swallow
// the code after it); Markdown keeps its heading and its table in place.
func TestLineEndingsAndByteOrderMarkParse(t *testing.T) {
	for name, e := range map[string]struct{ bom, nl string }{
		"LF": {"", "\n"}, "CRLF": {"", "\r\n"}, "CR": {"", "\r"},
		"BOM LF": {"\ufeff", "\n"}, "BOM CRLF": {"\ufeff", "\r\n"}, "BOM CR": {"\ufeff", "\r"},
	} {
		t.Run(name, func(t *testing.T) {
			lines := func(ls ...string) string { return e.bom + strings.Join(ls, e.nl) + e.nl }
			py := lines("import time  # c", "async def f():", "    if True:", "        time.sleep(1)")
			rs := lines("use std::thread; // c", "async fn f() { thread::sleep(d); }")
			md := lines("# T", "", "| a | b |", "|---|---|", "| 1 | 2 |", "", "text <!-- c -->")
			in := []driver.Input{{Path: "a.py", Src: []byte(py)}, {Path: "a.rs", Src: []byte(rs)}, {Path: "a.md", Src: []byte(md)}}
			var pyFacts *python.Result
			var rsFacts *rust.Result
			var mdFacts *markdown.Result
			probe := &analysis.Analyzer{Name: "probe", Doc: "keeps facts", Requires: []*analysis.Analyzer{python.Analyzer, rust.Analyzer, markdown.Analyzer},
				Run: func(pass *analysis.Pass) (any, error) {
					pyFacts = pass.ResultOf[python.Analyzer].(*python.Result)
					rsFacts = pass.ResultOf[rust.Analyzer].(*rust.Result)
					mdFacts = pass.ResultOf[markdown.Analyzer].(*markdown.Result)
					return nil, nil
				}}
			res := run(t, in, []*analysis.Analyzer{probe}, 1)
			for _, w := range res.Set.Warnings() {
				t.Errorf("warning: %v", w)
			}
			if m := mdFacts.Files["a.md"]; m == nil || len(m.Headings) != 1 || m.Headings[0].Text != "T" ||
				len(m.Tables) != 1 || m.Tables[0].Span.Start != strings.Index(md, "|") {
				t.Errorf("markdown: heading or table missing or misplaced: %+v", m)
			}
			found := false
			for _, c := range pyFacts.Files["a.py"].Calls {
				found = found || c.Callee == "time.sleep" && c.Span.Start == strings.Index(py, "time.sleep")
			}
			if !found {
				t.Errorf("python: no time.sleep call at its offset in %+v", pyFacts.Files["a.py"].Calls)
			}
			found = false
			for _, c := range rsFacts.Files["a.rs"].Calls {
				found = found || c.Callee == "std::thread::sleep" && c.Span.Start == strings.Index(rs, "thread::sleep")
			}
			if !found {
				t.Errorf("rust: no std::thread::sleep call at its offset in %+v", rsFacts.Files["a.rs"].Calls)
			}
		})
	}
}
