package unimportableextension_test

import (
	"path/filepath"
	"testing"

	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules/extensionnotbuilt"
	"github.com/covet-lint/covet-lint/rules/pymodulenamemismatch"
	"github.com/covet-lint/covet-lint/rules/silentextensionfallback"
	"github.com/covet-lint/covet-lint/rules/unimportableextension"
)

// TestCorrectLayoutsQuiet runs all four native-extension rules over every
// correctly built layout of the four rules' cases (the ok_* folders):
// none may say anything about any of them.
func TestCorrectLayoutsQuiet(t *testing.T) {
	dirs, err := filepath.Glob("../*/testdata/ok_*")
	if err != nil || len(dirs) < 10 {
		t.Fatalf("cases: %v, %v", dirs, err)
	}
	others := ruletest.With(pymodulenamemismatch.Rule, extensionnotbuilt.Rule, silentextensionfallback.Rule)
	for _, dir := range dirs {
		if !native(dir) {
			continue
		}
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			ruletest.RunCase(t, unimportableextension.Rule, dir, others)
		})
	}
}

// native tells whether a case belongs to one of the four rules.
func native(dir string) bool {
	switch filepath.Base(filepath.Dir(filepath.Dir(dir))) {
	case "unimportableextension", "pymodulenamemismatch", "extensionnotbuilt", "silentextensionfallback":
		return true
	}
	return false
}
