package unusedsuppression_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/internal/suppress"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
	"github.com/covet-lint/covet-lint/rules/unusedsuppression"
)

func TestCode(t *testing.T) {
	if unusedsuppression.Rule.Code != suppress.UnusedCode {
		t.Fatalf("the check pipeline produces %s's findings, but the rule is %s", suppress.UnusedCode, unusedsuppression.Rule.Code)
	}
}

// TestRule runs each case with CVT201 alongside (CVT001 alone would see no
// finding to suppress) and every rule known, as the command line does:
// CVT202 exists but does not run, so its suppressions are neither unknown
// nor unused.
func TestRule(t *testing.T) {
	ruletest.Run(t, unusedsuppression.Rule, "testdata", ruletest.With(blockingcallinasync.Rule), ruletest.Known(all.Rules...))
}
