package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/rules"
)

// GitHub writes one GitHub Actions workflow command per finding
// ("::warning file=...,line=...::message") and a final ::notice with the
// totals: GitHub shows only ten annotations of each level per step, so the
// totals say how many there really are, and count file warnings and files
// parsed with errors (notes) apart. Text from the scanned repository goes
// through Escape (keeping line breaks, which the workflow escaping encodes),
// then through the workflow command's own escaping. display maps a root-relative path
// to the path GitHub expects (relative to the workspace, with slashes); nil
// keeps it.
func GitHub(w io.Writer, rep *check.Report, display func(rel string) string) error {
	if display == nil {
		display = func(rel string) string { return rel }
	}
	var b strings.Builder
	counts := map[rules.Level]int{}
	for _, f := range rep.Findings {
		counts[f.Level]++
		props := []string{
			"file=" + escapeProperty(escapeKeepBreaks(display(f.Path))),
			fmt.Sprintf("line=%d", f.Line),
		}
		// GitHub rejects columns on an annotation spanning several lines.
		if f.EndLine == f.Line {
			props = append(props, fmt.Sprintf("col=%d", f.Column), fmt.Sprintf("endLine=%d", f.EndLine), fmt.Sprintf("endColumn=%d", f.EndColumn))
		} else if f.EndLine > f.Line {
			props = append(props, fmt.Sprintf("endLine=%d", f.EndLine))
		}
		props = append(props, "title="+escapeProperty(f.Code+" "+f.Name))
		fmt.Fprintf(&b, "::%s %s::%s\n", annotationLevel(f.Level), strings.Join(props, ","), escapeData(escapeKeepBreaks(f.Message)))
	}
	total := fmt.Sprintf("%s in %s: %s, %s, %s",
		plural(len(rep.Findings), "finding"), plural(rep.Files(), "file"),
		plural(counts[rules.Error], "error"), plural(counts[rules.Warning], "warning"), plural(counts[rules.Note], "note"))
	warnings, notes := 0, 0
	for _, w := range rep.Warnings {
		if w.Kind.IsNote() {
			notes++
		} else {
			warnings++
		}
	}
	if warnings > 0 {
		total += "; " + plural(warnings, "file warning") + " in the log"
	}
	if notes > 0 {
		total += "; " + plural(notes, "file") + " parsed with errors (notes)"
	}
	if len(rep.Errors) > 0 {
		total += "; " + plural(len(rep.Errors), "internal error")
	}
	if len(rep.Findings) > 0 {
		total += ". GitHub shows at most 10 annotations of each level per step"
	}
	fmt.Fprintf(&b, "::notice title=%s::%s.\n", escapeProperty("covet-lint"), escapeData(total))
	_, err := io.WriteString(w, b.String())
	return err
}

// annotationLevel maps a level to a workflow command.
func annotationLevel(l rules.Level) string {
	switch l {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message (as @actions/core does).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, where ","
// separates properties and ":" ends them.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
