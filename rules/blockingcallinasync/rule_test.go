package blockingcallinasync_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, blockingcallinasync.Rule, "testdata")
}
