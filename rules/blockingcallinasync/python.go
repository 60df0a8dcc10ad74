package blockingcallinasync

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

func reportPython(pass *analysis.Pass, calls *blocking.View) {
	set := source.Of(pass)
	for _, p := range python.Of(pass).Paths {
		file := set.File(p)
		for c, h := range calls.Python(p) {
			if !c.Async {
				continue
			}
			pass.Report(analysis.Diagnostic{
				Pos:      file.Pos(c.Span.Start),
				End:      file.Pos(c.Span.End),
				Category: h.Family,
				Message:  message(c, h),
				Related:  h.ViaRelated(set),
			})
		}
	}
}

// message names the call as written, what it resolves to when that
// differs, and the async alternative.
func message(c *python.Call, h blocking.Hit) string {
	text := shorten(c.Text)
	msg := "blocking call " + text + "()"
	if from := h.Origin(); from != "" {
		msg += " (" + shorten(from) + ")"
	} else if c.Callee != "" && c.Callee != c.Text && c.Callee != text {
		msg += " (" + shorten(c.Callee) + ")"
	}
	return msg + " in async function; " + h.Instead
}

// shorten keeps a callee on one line and under 80 characters.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:77]) + "..."
	}
	return s
}
