// Package websocketwithoutcleanup is CVT302: a WebSocket handler adds its
// connection (or its queue) to a registry that outlives it, and nothing
// removes it on every way out.
package websocketwithoutcleanup

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/lifetime"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

// Rule is CVT302.
var Rule = rules.New(rules.Meta{
	Code:      "CVT302",
	Name:      "websocket-without-cleanup",
	Title:     "WebSocket connection added to a registry and not removed on every way out",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python},
	Tags:      []string{"memory", "resources", "correctness"},
	// Medium: containers are matched by name (self.x within a class, a
	// global within a module), and a removal may run elsewhere (a
	// periodic sweep, a heartbeat) that the rule cannot see.
	Precision: rules.Medium,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, lifetime.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	for l := range lifetime.Of(pass).Leaks() {
		file := set.File(l.Path)
		d := analysis.Diagnostic{Pos: file.Pos(l.Span.Start), End: file.Pos(l.Span.End)}
		if l.Removal == nil {
			d.Message = fmt.Sprintf("%s adds %s to %s, which outlives WebSocket handler %s, and nothing removes it: every closed connection stays in memory; remove it in a finally clause (or the endpoint's disconnect method)", l.Text, l.Value, l.Container, l.Handler)
		} else {
			d.Message = fmt.Sprintf("%s adds %s to %s, which outlives WebSocket handler %s, and the removal does not run on every way out: connections that end with an error stay in memory; remove it in a finally clause", l.Text, l.Value, l.Container, l.Handler)
			at := set.File(l.Removal.Path)
			d.Related = []analysis.RelatedInformation{{Pos: at.Pos(l.Removal.Span.Start), End: at.Pos(l.Removal.Span.End), Message: l.Removal.Message}}
		}
		pass.Report(d)
	}
	return nil, nil
}
