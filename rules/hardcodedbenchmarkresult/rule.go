// Package hardcodedbenchmarkresult is CVT101: a number typed into code as
// a benchmark result instead of measured. analyzers/measure decides which
// literals those are, so that the documentation rules link a claim to the
// same literals whether or not this rule runs.
package hardcodedbenchmarkresult

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "hardcoded-benchmark-result"

// Rule is CVT101.
var Rule = rules.New(rules.Meta{
	Code:      "CVT101",
	Name:      name,
	Title:     "Benchmark result typed in as a literal instead of measured",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python},
	Tags:      []string{"benchmark-integrity", "performance"},
	Precision: rules.High,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, measure.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	for l := range measure.Of(pass).Literals() {
		file := set.File(l.Path)
		pass.Report(analysis.Diagnostic{
			Pos:     file.Pos(l.Span.Start),
			End:     file.Pos(l.Span.End),
			Message: fmt.Sprintf("%s is a benchmark result typed in as a literal (%s); measure it and report the measured value, or load it from the results file the benchmark writes", l.Text, l.Why),
		})
	}
	return nil, nil
}
