package connectionpercall_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/connectionpercall"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, connectionpercall.Rule, "testdata", ruletest.Known(all.Rules...))
}
