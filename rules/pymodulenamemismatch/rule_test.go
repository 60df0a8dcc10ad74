package pymodulenamemismatch_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/pymodulenamemismatch"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, pymodulenamemismatch.Rule, "testdata")
}
