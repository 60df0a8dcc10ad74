package ruletest

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

var word = options.Option[string]{Rule: "flag-probe", Name: "word", Doc: "the word reported", Default: "FLAG"}

// probe reports every occurrence of its word (option word) in Python files.
var probe = rules.New(rules.Meta{
	Code: "CVT298", Name: "flag-probe", Title: "t", Doc: "d", Level: rules.Warning,
	Languages: []source.Lang{source.Python}, Options: []rules.Option{word.Decl()},
}, []*analysis.Analyzer{source.Analyzer}, func(pass *analysis.Pass) (any, error) {
	w := []byte(word.Get(pass))
	for _, f := range source.Of(pass).Lang(source.Python) {
		for off := 0; ; off += len(w) {
			i := bytes.Index(f.Src[off:], w)
			if i < 0 {
				break
			}
			off += i
			pass.Reportf(f.Pos(off), "flag")
		}
	}
	return nil, nil
})

// second reports the first SECOND of each Python file, to run alongside
// the probe.
var second = rules.New(rules.Meta{
	Code: "CVT297", Name: "second-probe", Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python},
}, []*analysis.Analyzer{source.Analyzer}, func(pass *analysis.Pass) (any, error) {
	for _, f := range source.Of(pass).Lang(source.Python) {
		if i := bytes.Index(f.Src, []byte("SECOND")); i >= 0 {
			pass.Reportf(f.Pos(i), "second")
		}
	}
	return nil, nil
})

// recorder is a testing.TB that keeps what a case reports; Fatal ends the
// case's goroutine as testing does.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	msgs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Error(args ...any) { r.Errorf("%s", fmt.Sprint(args...)) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}
func (r *recorder) Fatal(args ...any) { r.Fatalf("%s", fmt.Sprint(args...)) }

// record runs one case against a recorder.
func record(t *testing.T, dir string, opts ...Option) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		RunCase(r, probe, dir, opts...)
	}()
	<-done
	return r
}

func TestPassingCases(t *testing.T) {
	Run(t, probe, "testdata/pass", With(second))
}

// TestFailingCases: each case must fail, with the message that says why.
func TestFailingCases(t *testing.T) {
	for dir, want := range map[string]string{
		"unmet":           `app.py:1: no finding matched "CVT298"`,
		"unexpected":      "app.py:1:5: unexpected finding: CVT298 flag",
		"vacuous":         "case has no expectation; name it ok_*",
		"no_language":     "case loads no file of the rules' languages",
		"offset_past_end": "want +5 points past the end of the file",
		"bad_config":      "pyproject.toml:2: tool.covet-lint.options.flag-probe.word: must be a string",
		"wrong_level":     `app.py:1: no note finding matched "CVT298 flag"`,
	} {
		t.Run(dir, func(t *testing.T) {
			r := record(t, "testdata/fail/"+dir)
			got := strings.Join(r.msgs, "\n")
			if !strings.Contains(got, want) {
				t.Errorf("reported %q, want a message containing %q", got, want)
			}
		})
	}
}

// TestAlongsideMustBeExpected: a rule run alongside has its findings
// checked too, and the same case passes without it.
func TestAlongsideMustBeExpected(t *testing.T) {
	if r := record(t, "testdata/pass/basic"); !strings.Contains(strings.Join(r.msgs, "\n"), `no finding matched "CVT297 second"`) {
		t.Errorf("without With(second): %q", r.msgs)
	}
	if r := record(t, "testdata/pass/basic", With(second)); len(r.msgs) != 0 {
		t.Errorf("with With(second): %q", r.msgs)
	}
}

// TestKnownRulesInConfiguration: a case's configuration may name a rule
// that does not run only when it is known.
func TestKnownRulesInConfiguration(t *testing.T) {
	r := record(t, "testdata/pass/config")
	if got := strings.Join(r.msgs, "\n"); !strings.Contains(got, `unknown rule "CVT297"`) {
		t.Errorf("CVT297 unknown: %q", got)
	}
	if r := record(t, "testdata/pass/config", Known(second)); len(r.msgs) != 0 {
		t.Errorf("CVT297 known: %q", r.msgs)
	}
}
