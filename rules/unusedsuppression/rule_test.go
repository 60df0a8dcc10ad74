package unusedsuppression_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/config"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/internal/suppress"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
	"github.com/covet-lint/covet-lint/rules/unusedsuppression"
)

// notSelected is a rule that exists but never runs in these cases: its
// suppressions are neither unknown nor unused.
var notSelected = rules.New(rules.Meta{Code: "CVT299", Name: "never-selected-rule", Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python}}, nil, nil)

func TestCode(t *testing.T) {
	if unusedsuppression.Rule.Code != suppress.UnusedCode {
		t.Fatalf("the check pipeline produces %s's findings, but the rule is %s", suppress.UnusedCode, unusedsuppression.Rule.Code)
	}
}

// TestCases runs each testdata case with CVT201 and CVT001 enabled (CVT001
// alone would see no finding to suppress), reading the case's
// .covet-lint.toml when it has one.
func TestCases(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		dir := filepath.Join("testdata", e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			opts := check.Options{Root: dir, Rules: []*rules.Rule{blockingcallinasync.Rule, unusedsuppression.Rule}, Known: append(append([]*rules.Rule{}, all.Rules...), notSelected), Extra: ruletest.FrontEnds, Jobs: 2}
			if p := config.Find(dir); p != "" {
				cfg, err := config.Load(p, all.Rules)
				if err != nil {
					t.Fatal(err)
				}
				opts.FileIgnores, opts.Levels = cfg.FileIgnores(dir), cfg.Levels
			}
			rep, err := check.Run(opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range rep.Errors {
				t.Errorf("internal error: %s", e)
			}
			wants, err := ruletest.Wants(rep.Set)
			if err != nil {
				t.Fatal(err)
			}
			if len(wants) == 0 && e.Name() != "python_not_run" {
				t.Fatal("case has no expectation")
			}
			for _, msg := range ruletest.Match(rep.Findings, wants) {
				t.Error(msg)
			}
		})
	}
}
