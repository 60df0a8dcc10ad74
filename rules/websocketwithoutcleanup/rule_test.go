package websocketwithoutcleanup_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/websocketwithoutcleanup"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, websocketwithoutcleanup.Rule, "testdata", ruletest.Known(all.Rules...))
}
