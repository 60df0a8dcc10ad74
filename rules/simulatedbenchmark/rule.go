// Package simulatedbenchmark is CVT103: a benchmark whose figures are not
// what it says they are. The judgement is analyzers/measure's, so that the
// documentation rules read the same verdict whether or not this rule runs.
package simulatedbenchmark

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "simulated-benchmark"

// Rule is CVT103.
var Rule = rules.New(rules.Meta{
	Code:      "CVT103",
	Name:      name,
	Title:     "Benchmark that does not do the work its figures are about",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python, source.Rust},
	Tags:      []string{"benchmark-integrity", "performance"},
	Precision: rules.High,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, measure.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	for b := range measure.Of(pass).Benchmarks() {
		if b.Simulated == "" || b.Lang != source.Python && b.Lang != source.Rust {
			continue
		}
		file := set.File(b.Path)
		at := b.NameSpan
		if at == (source.Span{}) && len(b.Evidence) > 0 {
			at = b.Evidence[0]
		}
		d := analysis.Diagnostic{
			Pos:     file.Pos(at.Start),
			End:     file.Pos(at.End),
			Message: message(b),
		}
		for i, e := range b.Evidence {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: file.Pos(e.Start), End: file.Pos(e.End), Message: b.Notes[i]})
		}
		pass.Report(d)
	}
	return nil, nil
}

// message says which benchmark, what is wrong with it, and what to do.
func message(b *measure.Benchmark) string {
	who := "benchmark " + b.Name
	if b.Name == "" {
		who = "benchmark script " + b.Path
	}
	var fix string
	switch {
	case strings.HasPrefix(b.Simulated, "calls the async"):
		if b.Lang == source.Rust {
			fix = "await it inside the timed closure (criterion: b.to_async(&runtime).iter(|| async { ... .await }))"
		} else {
			fix = "await it inside the timed loop, or time asyncio.run of the loop"
		}
	case strings.HasPrefix(b.Simulated, "reports database"):
		fix = "run the queries against a real database, or stop reporting its figures as database figures"
	default:
		fix = "start the server and drive it over a socket (wrk, oha, k6, or an HTTP client), or report the figure as in-process calls per second, not requests"
	}
	return fmt.Sprintf("%s %s; %s", who, b.Simulated, fix)
}
