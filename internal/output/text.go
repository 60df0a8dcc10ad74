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
	for _, f := range rep.Findings {
		levelColor := yel
		if f.Level == "error" {
			levelColor = red
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s %s\n", paint(bold, display(f.Path)), f.Line, f.Column, paint(bold+levelColor, f.Code), f.Message)
		snippet(&b, rep, f, paint)
		for _, r := range f.Related {
			fmt.Fprintf(&b, "  %s %s:%d:%d: %s\n", paint(cyan, "= related:"), display(r.Path), r.Line, r.Column, r.Message)
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
func snippet(b *strings.Builder, rep *check.Report, f report.Finding, paint func(string, string) string) {
	sf := rep.Set.File(f.Path)
	if sf == nil {
		return
	}
	text := report.LineText(sf.Src, sf.Tok, f.Line)
	if text == "" || !utf8.ValidString(text) {
		return
	}
	line := []rune(text)
	start := min(max(f.Column-1, 0), len(line))
	end := f.EndColumn - 1
	if f.EndLine != f.Line || end > len(line) {
		end = len(line)
	}
	end = max(end, start+1)
	// Clip to a window that starts a little before the finding.
	from, to := 0, len(line)
	if len(line) > snippetWidth {
		from = max(0, start-snippetWidth/4)
		to = min(len(line), from+snippetWidth)
	}
	var quoted, under strings.Builder
	if from > 0 {
		quoted.WriteString("…")
		under.WriteString(" ")
	}
	for i := from; i < to; i++ {
		r, w := line[i], 1
		if r == '\t' {
			r, w = ' ', 4
		}
		for k := 0; k < w; k++ {
			quoted.WriteRune(r)
			if i < start {
				under.WriteByte(' ')
			} else if i < end {
				under.WriteByte('^')
			}
		}
	}
	if to < len(line) {
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
