package unbackedperformanceclaim_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/unbackedperformanceclaim"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, unbackedperformanceclaim.Rule, "testdata", ruletest.Known(all.Rules...))
}
