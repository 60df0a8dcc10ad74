package output

import (
	"errors"
	"io"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/rules"
)

// SARIFOptions is what the SARIF writer needs beyond the report.
type SARIFOptions struct {
	Version string // covet-lint's semver
	// Rules are the enabled rules, in code order: tool.driver.rules.
	Rules []*rules.Rule
	// Category, when set, is written as automationDetails.id.
	Category string
}

var errNotWritten = errors.New("not written yet")

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts.
func SARIF(w io.Writer, rep *check.Report, opts SARIFOptions) error { return errNotWritten }

// JSON writes {"version":1,"findings":[...],"warnings":[...]}.
func JSON(w io.Writer, rep *check.Report) error { return errNotWritten }

// GitHub writes workflow annotation lines and a final ::notice with totals.
func GitHub(w io.Writer, rep *check.Report, display func(rel string) string) error {
	return errNotWritten
}
