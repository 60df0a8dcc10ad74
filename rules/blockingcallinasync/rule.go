// Package blockingcallinasync is CVT201: a blocking call evaluated where the
// nearest enclosing function is an async def.
package blockingcallinasync

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

// Rule is CVT201.
var Rule = rules.New(rules.Meta{
	Code:      "CVT201",
	Name:      "blocking-call-in-async",
	Title:     "Blocking call inside an async function",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python},
	Tags:      []string{"performance", "async", "correctness"},
	Precision: "high",
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, python.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	py := pass.ResultOf[python.Analyzer].(*python.Result)
	for _, p := range py.Paths {
		file := set.File(p)
		for _, c := range py.Files[p].Calls {
			if !c.Async {
				continue
			}
			b, ok := Lookup(c.Callee)
			if !ok {
				continue
			}
			pass.Report(analysis.Diagnostic{
				Pos:     file.Pos(c.Span.Start),
				End:     file.Pos(c.Span.End),
				Message: "blocking call " + c.Text + "() in async function; " + b.Instead,
			})
		}
	}
	return nil, nil
}
