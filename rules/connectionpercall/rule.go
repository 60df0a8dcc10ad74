// Package connectionpercall is CVT301: a client, connection, session,
// engine or pool meant to live long is created once per request, message,
// item or method call, directly or through the repository's factories.
package connectionpercall

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/lifetime"
	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "connection-per-call"

var includeSQLite = options.Option[bool]{Rule: name, Name: "include-sqlite",
	Doc: "also report sqlite3, aiosqlite and sqlx SQLite connections, which open a local file", Default: false}

// Rule is CVT301.
var Rule = rules.New(rules.Meta{
	Code:      "CVT301",
	Name:      name,
	Title:     "Long-lived client, connection or pool created per request, message or item",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python, source.Rust},
	Tags:      []string{"performance", "resources", "cross-file"},
	// Medium: scopes are recognised by framework conventions (decorators,
	// parameter names, registrations), and a chain through helpers may
	// take a branch that runs once in practice.
	Precision: rules.Medium,
	Default:   true,
	Options:   []rules.Option{includeSQLite.Decl()},
}, []*analysis.Analyzer{source.Analyzer, lifetime.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	sqlite := includeSQLite.Get(pass)
	for c := range lifetime.Of(pass).Creations() {
		if c.Ctor.SQLite && !sqlite {
			continue
		}
		file := set.File(c.Path)
		where := "in " + c.Where
		if n := len(c.Chain); n > 0 {
			where = fmt.Sprintf("called from %s through %d helper call(s)", c.Where, n)
		}
		d := analysis.Diagnostic{
			Pos: file.Pos(c.Span.Start), End: file.Pos(c.Span.End),
			Message: fmt.Sprintf("%s(...) creates a new %s once per %s (%s); %s", c.Text, c.Ctor.What, c.Per, where, c.Ctor.Fix),
		}
		for _, s := range c.Chain {
			at := set.File(s.Path)
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: at.Pos(s.Span.Start), End: at.Pos(s.Span.End), Message: s.Message})
		}
		pass.Report(d)
	}
	return nil, nil
}
