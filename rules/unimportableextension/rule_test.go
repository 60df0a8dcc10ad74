package unimportableextension_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/unimportableextension"
)

func TestRule(t *testing.T) {
	ruletest.Run(t, unimportableextension.Rule, "testdata")
}
