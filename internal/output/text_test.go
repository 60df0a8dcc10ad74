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
	tf.SetLines(report.LineStarts([]byte(src))) // as the driver does
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

// The quoted line ends at whatever ends it, and a byte order mark is
// neither quoted nor a column.
func TestTextQuotesLinesOfEveryEnding(t *testing.T) {
	for name, nl := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		src := "\ufeffimport time" + nl + "async def f():" + nl + "    time.sleep(1)" + nl
		got := textOf(t, textReport(src, loc("", 3, 5, 3, 15), loc("", 1, 8, 1, 12)))
		want := "app.py:3:5: CVT201 m\n  |\n3 |     time.sleep(1)\n  |     ^^^^^^^^^^\n\n" +
			"app.py:1:8: CVT201 m\n  |\n1 | import time\n  |        ^^^^\n\n"
		if got != want {
			t.Errorf("%s: got\n%q\nwant\n%q", name, got, want)
		}
	}
}

// Nothing from the scanned repository reaches the terminal raw: escape
// sequences and line breaks in file names, messages and source lines are
// printed as Go escapes, and carets stay under the code they mark.
func TestTextEscapesTheRepository(t *testing.T) {
	src := "x = '\x1b]0;owned\a'; open(p)  # \u202e\xff\n"
	rep := textReport(src, loc("", 1, 19, 1, 23))
	rep.Findings[0].Path = "evil\x1b[2J\nname.py"
	rep.Findings[0].Message = "blocking call open(\"\x1b[31m\") in async function"
	rep.Findings[0].Related = []report.Related{{Location: loc("b\rc.py", 2, 1, 2, 2), Message: "called\x07 here"}}
	set := rep.Set
	f := set.File("app.py")
	rep.Set = source.NewSet([]*source.File{{Path: rep.Findings[0].Path, Lang: source.Python, Src: f.Src, Tok: f.Tok}}, source.Settings{Jobs: 1})
	got := textOf(t, rep)
	want := `evil\x1b[2J\nname.py:1:19: CVT201 blocking call open("\x1b[31m") in async function` + "\n" +
		"  |\n" +
		`1 | x = '\x1b]0;owned\x07'; open(p)  # \u202e\xff` + "\n" +
		"  |                         ^^^^\n" +
		`  = related: b\rc.py:2:1: called\x07 here` + "\n\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, c := range got {
		if c < 0x20 && c != '\n' || c == 0x7f || c == 0x202e {
			t.Errorf("raw control character %U in the output", c)
		}
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"plain café 日本\tx": "plain café 日本\tx",
		"\x1b]0;title\a":   `\x1b]0;title\x07`,
		"\x1b[2J":          `\x1b[2J`,
		"a\nb\rc":          `a\nb\rc`,
		"\x7f\u0085\u202e": `\x7f\u0085\u202e`,
		"\u2066x\u2069":    `\u2066x\u2069`,
		"\xff\xfe ok":      `\xff\xfe ok`,
		"\xe6\x97":         `\xe6\x97`, // a cut UTF-8 sequence
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
	if got := escapeKeepBreaks("a\r\n\x1bb"); got != "a\r\n\\x1bb" {
		t.Errorf("escapeKeepBreaks = %q", got)
	}
}
