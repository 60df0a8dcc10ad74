package unverifiedcomparison_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/unverifiedcomparison"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, unverifiedcomparison.Rule, "testdata", ruletest.Known(all.Rules...))
}
