package blockingcallinasync

import (
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

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
				Pos:     file.Pos(c.Span.Start),
				End:     file.Pos(c.Span.End),
				Message: "blocking call " + c.Text + "() in async function; " + h.Instead,
			})
		}
	}
}
