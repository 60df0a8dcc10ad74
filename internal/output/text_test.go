package output

import (
	"go/token"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
)

// textReport is a report over one file whose findings sit on the given
// lines and columns.
func textReport(src string, locs ...report.Location) *check.Report {
	fset := token.NewFileSet()
	tf := fset.AddFile("app.py", -1, len(src))
	tf.SetLinesForContent([]byte(src))
	set := source.NewSet([]*source.File{{Path: "app.py", Lang: source.Python, Src: []byte(src), Tok: tf}}, source.Settings{Jobs: 1})
	rep := &check.Report{Fset: fset, Set: set}
	for _, l := range locs {
		l.Path = "app.py"
		rep.Findings = append(rep.Findings, report.Finding{Code: "CVT201", Message: "m", Location: l})
	}
	return rep
}

func textOf(t *testing.T, rep *check.Report) string {
	t.Helper()
	var b strings.Builder
	if err := Text(&b, rep, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTextCaretUnderCodePoints(t *testing.T) {
	// Tabs widen to four columns; "é" is one column.
	got := textOf(t, textReport("\tx = 'é'; open(p)\n", loc("", 1, 11, 1, 15)))
	want := "app.py:1:11: CVT201 m\n  |\n1 |     x = 'é'; open(p)\n  |              ^^^^\n\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestTextClipsLongLines(t *testing.T) {
	// A minified line: the quote is a window around the finding, marked
	// with ellipses, and the caret still sits under the callee.
	line := strings.Repeat("a=1;", 500) + "open(p);" + strings.Repeat("b=2;", 500)
	col := 2001
	out := textOf(t, textReport(line+"\n", loc("", 1, col, 1, col+4)))
	lines := strings.Split(out, "\n")
	quoted, carets := lines[2], lines[3]
	if n := len([]rune(quoted)); n > snippetWidth+20 {
		t.Errorf("quoted line is %d code points long", n)
	}
	if !strings.Contains(quoted, "…") || !strings.HasSuffix(quoted, "…") {
		t.Errorf("clipped line not marked: %q", quoted)
	}
	at := strings.Index(carets, "^")
	if at < 0 || string([]rune(quoted)[len([]rune(carets[:at])):][:4]) != "open" || !strings.HasSuffix(carets, "^^^^") {
		t.Errorf("caret not under open:\n%s\n%s", quoted, carets)
	}
}
