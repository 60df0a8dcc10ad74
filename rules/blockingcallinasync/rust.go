package blockingcallinasync

import (
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// reportRust reports blocking calls whose nearest enclosing scope is an
// async fn or an async block. A method call is anchored at the method name
// (a builder chain can start lines above); a path call at the whole path.
func reportRust(pass *analysis.Pass) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	rs := pass.ResultOf[rust.Analyzer].(*rust.Result)
	hits := pass.ResultOf[blocking.Analyzer].(*blocking.Result)
	for _, p := range rs.Paths {
		file := set.File(p)
		ff := rs.Files[p]
		for _, h := range hits.Rust[p] {
			c := ff.Calls[h.Call]
			if !c.Async {
				continue
			}
			start := c.Span.Start
			if c.Method {
				start = c.Name.Start
			}
			pass.Report(analysis.Diagnostic{
				Pos:     file.Pos(start),
				End:     file.Pos(c.Span.End),
				Message: "blocking call " + h.Name + "() in " + string(ff.Scopes[c.Scope].Kind) + "; " + h.Instead,
			})
		}
	}
}
