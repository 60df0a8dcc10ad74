package blockingcallinasync

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// The rule's options are the blocking analyzer's: the same flag.Value is
// registered in both FlagSets, so one setting drives CVT201 and every other
// rule that reads blocking.Result.
func init() { blocking.RegisterOptions(&Rule.Analyzer.Flags) }

func reportPython(pass *analysis.Pass) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	py := pass.ResultOf[python.Analyzer].(*python.Result)
	hits := pass.ResultOf[blocking.Analyzer].(*blocking.Result)
	for _, p := range py.Paths {
		file := set.File(p)
		calls := py.Files[p].Calls
		for _, h := range hits.Python[p] {
			c := calls[h.Call]
			if !c.Async {
				continue
			}
			pass.Report(analysis.Diagnostic{
				Pos:      file.Pos(c.Span.Start),
				End:      file.Pos(c.Span.End),
				Category: h.Family,
				Message:  message(c, h),
			})
		}
	}
}

// message names the call as written, what it resolves to when that
// differs, and the async alternative.
func message(c python.Call, h blocking.Hit) string {
	text := shorten(c.Text)
	msg := "blocking call " + text + "()"
	if c.Callee != "" && c.Callee != c.Text && c.Callee != text {
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
