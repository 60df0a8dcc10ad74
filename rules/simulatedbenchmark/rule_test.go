package simulatedbenchmark_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/simulatedbenchmark"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, simulatedbenchmark.Rule, "testdata", ruletest.Known(all.Rules...))
}
