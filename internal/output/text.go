// Package output writes a check.Report in the formats users ask for.
package output

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// TextOptions controls the text format.
type TextOptions struct {
	// Color adds ANSI colours (only ever on a terminal).
	Color bool
	// Display maps a root-relative path to how it is shown (relative to the
	// working directory).
	Display func(rel string) string
}

const (
	bold  = "\x1b[1m"
	red   = "\x1b[31m"
	yel   = "\x1b[33m"
	cyan  = "\x1b[36m"
	green = "\x1b[32m"
	blue  = "\x1b[34m"
	reset = "\x1b[0m"
)

// Text writes findings like ruff and rustc: a header line
// "path:line:col: CODE message", then the source line with a caret under
// the finding, then related locations.
func Text(w io.Writer, rep *check.Report, opts TextOptions) error {
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + reset
	}
	display := opts.Display
	if display == nil {
		display = func(rel string) string { return filepath.FromSlash(rel) }
	}
	var b strings.Builder
	var cur quotedLine
	for _, f := range rep.Findings {
		// The code's colour is the finding's own level: one rule's
		// findings can differ (CVT201 reports notes and warnings).
		levelColor := yel
		switch f.Level {
		case rules.Error:
			levelColor = red
		case rules.Note:
			levelColor = green
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s %s\n", paint(bold, Escape(display(f.Path))), f.Line, f.Column, paint(bold+levelColor, f.Code), Escape(f.Message))
		snippet(&b, rep, f, &cur, paint)
		for _, r := range f.Related {
			fmt.Fprintf(&b, "  %s %s:%d:%d: %s\n", paint(cyan, "= related:"), Escape(display(r.Path)), r.Line, r.Column, Escape(r.Message))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// snippetWidth bounds a quoted line, in code points: a minified or
// generated file's one long line is shown around the finding, not whole.
const snippetWidth = 160

// snippet writes the finding's first line with carets under its range.
// The line is printed through Escape, one code point at a time, so the
// carets stay under the code points the columns count.
// cur caches the line of the previous finding: findings of one line are
// adjacent, and splitting a long line once keeps many findings on it
// linear.
func snippet(b *strings.Builder, rep *check.Report, f report.Finding, cur *quotedLine, paint func(string, string) string) {
	if !cur.load(rep, f) {
		return
	}
	n := cur.len()
	start := min(max(f.Column-1, 0), n)
	end := f.EndColumn - 1
	if f.EndLine != f.Line || end > n {
		end = n
	}
	end = max(end, start+1)
	// Clip to a window that starts a little before the finding.
	from, to := 0, n
	if n > snippetWidth {
		from = max(0, start-snippetWidth/4)
		to = min(n, from+snippetWidth)
	}
	var quoted, under strings.Builder
	if from > 0 {
		quoted.WriteString("…")
		under.WriteString(" ")
	}
	for i := from; i < to; i++ {
		cell := cur.cell(i)
		quoted.WriteString(cell)
		mark := byte(' ')
		if i >= start && i < end {
			mark = '^'
		}
		if i < end {
			under.WriteString(strings.Repeat(string(mark), utf8.RuneCountInString(cell)))
		}
	}
	if to < n {
		quoted.WriteString("…")
	}
	if start >= to { // the finding starts at the end of the line
		under.WriteByte('^')
	}
	num := fmt.Sprint(f.Line)
	pad := strings.Repeat(" ", len(num))
	carets := strings.TrimLeft(under.String(), " ")
	indent := under.String()[:under.Len()-len(carets)]
	fmt.Fprintf(b, "%s %s\n", pad, paint(blue, "|"))
	fmt.Fprintf(b, "%s %s %s\n", paint(blue, num), paint(blue, "|"), quoted.String())
	fmt.Fprintf(b, "%s %s %s%s\n", pad, paint(blue, "|"), indent, paint(yel, carets))
}

// quotedLine is a finding's line split into code points.
type quotedLine struct {
	path   string
	line   int
	text   string
	starts []int // byte offset of each code point, then len(text)
}

// load makes q the line of f; false when there is nothing to quote.
func (q *quotedLine) load(rep *check.Report, f report.Finding) bool {
	if q.starts != nil && q.path == f.Path && q.line == f.Line {
		return q.len() > 0
	}
	q.path, q.line, q.text, q.starts = f.Path, f.Line, "", q.starts[:0]
	if sf := rep.Set.File(f.Path); sf != nil {
		q.text = report.LineText(sf.Src, sf.Tok, f.Line)
	}
	for i := 0; i < len(q.text); {
		q.starts = append(q.starts, i)
		_, size := utf8.DecodeRuneInString(q.text[i:])
		i += size // 1 for a byte that is not UTF-8: one column, as in Locate
	}
	q.starts = append(q.starts, len(q.text))
	return q.len() > 0
}

// len is the line's length in code points.
func (q *quotedLine) len() int { return len(q.starts) - 1 }

// cell is what code point i shows as: a tab four spaces, a character
// Escape escapes its escape, anything else itself.
func (q *quotedLine) cell(i int) string {
	c := q.text[q.starts[i]:q.starts[i+1]]
	if c == "\t" {
		return "    "
	}
	return Escape(c)
}
