package blockingcallinasync_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, blockingcallinasync.Rule, "testdata")
}

// TestOptions sets the options as the configuration does (check's
// RuleOptions, through the rule analyzer's flags) and checks that the
// blocking analyzer, which classifies calls, sees them.
func TestOptions(t *testing.T) {
	rule := blockingcallinasync.Rule
	for _, name := range []string{"extra-blocking", "extra-allowed"} {
		ours, theirs := rule.Analyzer.Flags.Lookup(name), blocking.Analyzer.Flags.Lookup(name)
		if ours == nil || theirs == nil || ours.Value != theirs.Value {
			t.Fatalf("%s: the rule and the blocking analyzer do not share one value", name)
		}
	}
	declared := map[string]bool{}
	for _, o := range blockingcallinasync.Rule.Options {
		declared[o.Name] = o.Type == "list"
	}
	if !declared["extra-blocking"] || !declared["extra-allowed"] {
		t.Errorf("Meta.Options does not declare both list options: %+v", blockingcallinasync.Rule.Options)
	}
	opts := map[string]map[string]string{rule.Name: {
		"extra-blocking": "mylib.fetch, mylib.Client().get, legacy.*",
		"extra-allowed":  "shutil.copy,redis.*",
	}}
	rep, err := check.Run(check.Options{Root: filepath.Join("optionsdata", "options"), Rules: []*rules.Rule{rule}, Extra: ruletest.FrontEnds, RuleOptions: opts, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rep.Errors {
		t.Errorf("internal error: %s", e)
	}
	wants, err := ruletest.Wants(rep.Set)
	if err != nil || len(wants) == 0 {
		t.Fatalf("wants: %v (%d)", err, len(wants))
	}
	for _, msg := range ruletest.Match(rep.Findings, wants) {
		t.Error(msg)
	}
	if got := blocking.ExtraAllowed.String(); got != "redis.*,shutil.copy" {
		t.Errorf("extra-allowed reads %q after the run", got)
	}
	// A run without options resets them: the built-in table applies again.
	rep, err = check.Run(check.Options{Root: filepath.Join("optionsdata", "options"), Rules: []*rules.Rule{rule}, Extra: ruletest.FrontEnds, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rep.Findings); n != 4 {
		t.Errorf("without options: %d findings, want 4 (shutil.copy, shutil.move, redis.Redis, redis.Redis().get)", n)
	}
}

// TestParityFixture keeps the ruff parity fixture honest: every call line
// names the ruff rule it stands for and expects a finding, and every rule
// CVT201 claims to cover appears.
func TestParityFixture(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "parity_ruff", "positive.py"))
	if err != nil {
		t.Fatal(err)
	}
	code := regexp.MustCompile(`# (ASYNC2\d\d) want "`)
	seen := map[string]int{}
	for i, line := range strings.Split(string(src), "\n") {
		if m := code.FindStringSubmatch(line); m != nil {
			seen[m[1]]++
		} else if strings.Contains(line, "ASYNC2") && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			t.Errorf("positive.py:%d names a ruff rule without a want", i+1)
		}
	}
	for _, c := range []string{"ASYNC210", "ASYNC212", "ASYNC220", "ASYNC221", "ASYNC222", "ASYNC230", "ASYNC250", "ASYNC251"} {
		if seen[c] == 0 {
			t.Errorf("no line for %s", c)
		}
	}
}
