package blockingcallviahelper_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/blockingcallviahelper"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, blockingcallviahelper.Rule, "testdata")
}
