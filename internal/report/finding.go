// Package report turns diagnostics into plain findings: root-relative paths,
// 1-based lines and code-point columns, levels and fingerprints, sorted the
// same way whatever the worker count.
package report

import (
	"go/token"
	"sort"
	"unicode/utf8"

	"github.com/covet-lint/covet-lint/analyzers/source"
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

// Locate converts a token position range to a Location using the file's
// source for code-point columns. end may be NoPos.
func Locate(fset *token.FileSet, set *source.Set, pos, end token.Pos) (Location, bool) {
	tf := fset.File(pos)
	if tf == nil {
		return Location{}, false
	}
	if !end.IsValid() || fset.File(end) != tf || end < pos {
		end = pos
	}
	var src []byte
	if f := set.File(tf.Name()); f != nil {
		src = f.Src
	}
	start, stop := tf.Offset(pos), tf.Offset(end)
	l := Location{Path: tf.Name(), Offset: start}
	l.Line, l.Column = lineCol(tf, src, start)
	l.EndLine, l.EndColumn = lineCol(tf, src, stop)
	return l, true
}

// lineCol is the 1-based line and code-point column of off. A byte order
// mark at the start of the file is not a column: editors hide it.
func lineCol(tf *token.File, src []byte, off int) (int, int) {
	line := tf.Line(tf.Pos(off))
	ls := tf.Offset(tf.LineStart(line))
	if off > len(src) || ls > off {
		return line, off - ls + 1
	}
	ls = min(ls+bomAt(src, ls), off)
	return line, utf8.RuneCount(src[ls:off]) + 1
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
