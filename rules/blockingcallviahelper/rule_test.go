package blockingcallviahelper_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/all"
	"github.com/covet-lint/covet-lint/rules/blockingcallviahelper"
)

// TestRule runs every case; a case's pyproject.toml sets options, and
// every rule is known so that a case can set another rule's options.
func TestRule(t *testing.T) {
	ruletest.Run(t, blockingcallviahelper.Rule, "testdata", ruletest.Known(all.Rules...))
}
