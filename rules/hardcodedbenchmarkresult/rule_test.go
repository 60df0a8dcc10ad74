package hardcodedbenchmarkresult_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/hardcodedbenchmarkresult"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, hardcodedbenchmarkresult.Rule, "testdata", ruletest.Known(all.Rules...))
}
