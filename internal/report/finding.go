// Package report turns diagnostics into plain findings: root-relative paths,
// 1-based lines and code-point columns, levels and fingerprints, sorted the
// same way whatever the worker count.
package report

import (
	"go/token"
	"sort"

	"github.com/covet-lint/covet-lint/rules"
)

// Location is a range in one file. Columns count code points, from 1.
type Location struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	// Offset is the start's byte offset, kept for suppression and ordering.
	Offset int `json:"-"`
}

// Related is other evidence for a finding.
type Related struct {
	Location
	Message string `json:"message"`
}

// Finding is one reported problem.
type Finding struct {
	Code    string      `json:"code"`
	Name    string      `json:"name"`
	Level   rules.Level `json:"level"`
	Message string      `json:"message"`
	Location
	Fingerprint string    `json:"fingerprint"`
	Related     []Related `json:"related"`
}

// Sort orders findings by path, line, column, code and message.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Column != b.Column:
			return a.Column < b.Column
		case a.Code != b.Code:
			return a.Code < b.Code
		}
		return a.Message < b.Message
	})
}

// LineText is the text of a 1-based line as an editor shows it, for
// snippets: without its line break, nor a byte order mark on line 1.
func LineText(src []byte, tf *token.File, line int) string {
	if tf == nil || line < 1 || line > tf.LineCount() {
		return ""
	}
	start, end := lineBounds(tf, src, line)
	start += min(bomAt(src, start), end-start)
	return string(src[start:end])
}
