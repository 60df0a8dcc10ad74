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

// snippet writes the finding's first line with carets under its range.
func snippet(b *strings.Builder, rep *check.Report, f report.Finding, paint func(string, string) string) {
	sf := rep.Set.File(f.Path)
	if sf == nil {
		return
	}
	line := report.LineText(sf.Src, sf.Tok, f.Line)
	if line == "" || !utf8.ValidString(line) {
		return
	}
	line = strings.ReplaceAll(line, "\t", "    ")
	num := fmt.Sprint(f.Line)
	pad := strings.Repeat(" ", len(num))
	end := f.EndColumn
	if f.EndLine != f.Line {
		end = utf8.RuneCountInString(line) + 1
	}
	width := max(1, end-f.Column)
	prefix := []rune(report.LineText(sf.Src, sf.Tok, f.Line))
	indent := 0
	for i := 0; i < f.Column-1 && i < len(prefix); i++ {
		if prefix[i] == '\t' {
			indent += 4
		} else {
			indent++
		}
	}
	fmt.Fprintf(b, "%s %s\n", pad, paint(blue, "|"))
	fmt.Fprintf(b, "%s %s %s\n", paint(blue, num), paint(blue, "|"), line)
	fmt.Fprintf(b, "%s %s %s%s\n", pad, paint(blue, "|"), strings.Repeat(" ", indent), paint(yel, strings.Repeat("^", width)))
}
