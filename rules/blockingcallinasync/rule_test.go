package blockingcallinasync_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
)

// TestRule runs every case; a case's pyproject.toml sets options, and
// every rule is known so that a case can set another rule's options.
func TestRule(t *testing.T) {
	ruletest.Run(t, blockingcallinasync.Rule, "testdata", ruletest.Known(all.Rules...))
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
