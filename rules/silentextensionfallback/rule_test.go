package silentextensionfallback_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/silentextensionfallback"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, silentextensionfallback.Rule, "testdata")
}
