package extensionnotbuilt_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/extensionnotbuilt"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, extensionnotbuilt.Rule, "testdata")
}
