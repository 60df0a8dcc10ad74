package cli

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/all"
)

// crashing is a rule whose analyzer panics, as a buggy rule would.
var crashing = rules.New(rules.Meta{
	Code: "CVT999", Name: "always-crashes", Title: "Crashes on purpose", Doc: "A test rule.",
	Level: rules.Warning, Languages: []source.Lang{source.Python}, Default: true,
}, []*analysis.Analyzer{source.Analyzer}, func(*analysis.Pass) (any, error) { panic("kaboom") })

// TestRulePanicExitsThreeAndKeepsFindings: a crashing rule is an internal
// error (exit 3, named on stderr), and the other rules' findings are still
// written.
func TestRulePanicExitsThreeAndKeepsFindings(t *testing.T) {
	dir := repo(t, map[string]string{"app.py": blocking})
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Dir: dir,
		Rules: append(append([]*rules.Rule{}, all.Rules...), crashing)}
	code := Main([]string{"-q"}, env)
	if code != ExitInternal {
		t.Errorf("exit %d, want %d", code, ExitInternal)
	}
	if !strings.Contains(errb.String(), "always_crashes panicked: kaboom") {
		t.Errorf("stderr does not name the crash:\n%s", errb.String())
	}
	if !strings.Contains(out.String(), "app.py:5:5: CVT201 ") {
		t.Errorf("the other rules' findings are lost:\n%s", out.String())
	}
	// Deselecting the crashing rule gives an ordinary run.
	out.Reset()
	errb.Reset()
	if code := Main([]string{"-q", "--ignore", "CVT999"}, env); code != ExitFindings {
		t.Errorf("without the crashing rule: exit %d, want 1; stderr:\n%s", code, errb.String())
	}
}
