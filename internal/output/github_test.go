package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

func TestGitHub(t *testing.T) {
	var b bytes.Buffer
	display := func(rel string) string { return "repo/" + rel }
	if err := GitHub(&b, sampleReport(), display); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"::error file=repo/bench/run all.py,line=3,col=1,endLine=3,endColumn=20,title=CVT101 fake-benchmark::benchmark times a constant",
		// Several lines: GitHub refuses columns then. "%" and "," are escaped in properties, "%" in the message.
		"::warning file=repo/src/café/50%25 off%2C #1.py,line=7,endLine=8,title=CVT201 blocking-call-in-async::blocking call handlers[0]() in async function; use 100%25 async, not \\[this]",
		// ":" is escaped in properties; a newline in the message.
		"::notice file=repo/src/db%3Amain.py,line=2,col=3,endLine=2,endColumn=3,title=CVT301 leaked-connection::connection opened%0Aand never closed",
		"::notice title=covet-lint::3 findings in 4 files: 1 error, 1 warning, 1 note; 1 file warning in the log. GitHub shows at most 10 annotations of each level per step.",
	}
	got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(want), b.String())
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

func TestGitHubEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, emptyReport(), nil); err != nil {
		t.Fatal(err)
	}
	if want := "::notice title=covet-lint::0 findings in 0 files: 0 errors, 0 warnings, 0 notes.\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	for in, want := range map[string]string{
		"a%b":        "a%25b",
		"a\r\nb":     "a%0D%0Ab",
		"a:b,c":      "a%3Ab%2Cc",
		"%3A":        "%253A",
		"plain text": "plain text",
	} {
		if got := escapeProperty(in); got != want {
			t.Errorf("escapeProperty(%q) = %q, want %q", in, got, want)
		}
	}
	if got := escapeData("a:b,c%\n"); got != "a:b,c%25%0A" {
		t.Errorf("escapeData = %q", got)
	}
}

// Escape sequences from the repository are escaped before the workflow
// escaping, which then encodes line breaks, "%", ":" and ",".
func TestGitHubEscapesTheRepository(t *testing.T) {
	rep := emptyReport()
	rep.Findings = []report.Finding{{
		Code: "CVT201", Name: "blocking-call-in-async", Level: rules.Warning,
		Message:  "call \x1b]0;x\a in\nasync, 5%",
		Location: loc("a\x1b[2J,b:c\n.py", 1, 2, 1, 3),
	}}
	var b bytes.Buffer
	if err := GitHub(&b, rep, nil); err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(b.String(), "\n")
	want := `::warning file=a\x1b[2J%2Cb%3Ac%0A.py,line=1,col=2,endLine=1,endColumn=3,title=CVT201 blocking-call-in-async::call \x1b]0;x\x07 in%0Aasync, 5%25`
	if first != want {
		t.Errorf("got\n%s\nwant\n%s", first, want)
	}
	if strings.ContainsAny(b.String(), "\x1b\a") {
		t.Errorf("raw control characters in %q", b.String())
	}
}

// The closing notice counts file warnings and files parsed with errors
// (notes) apart, and internal errors.
func TestGitHubNoticeCountsNotesApart(t *testing.T) {
	rep := emptyReport()
	rep.Warnings = []source.Warning{
		{Path: "a.py", Kind: source.Skipped, Message: "skipped: binary"},
		{Path: "b.rs", Kind: source.ParseErrors, Message: "parsed with errors from line 3"},
		{Path: "c.rs", Kind: source.ParseErrors, Message: "parsed with errors from line 9"},
	}
	rep.Errors = []string{"x panicked"}
	var b bytes.Buffer
	if err := GitHub(&b, rep, nil); err != nil {
		t.Fatal(err)
	}
	want := "::notice title=covet-lint::0 findings in 0 files: 0 errors, 0 warnings, 0 notes; 1 file warning in the log; 2 files parsed with errors (notes); 1 internal error.\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}
