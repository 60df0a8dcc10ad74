// Package blockingcallinasync is CVT201: a blocking call evaluated where the
// nearest enclosing function is async.
package blockingcallinasync

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

// The doc is one page in two files: Python (doc.md) and Rust (doc_rust.md).
//
//go:embed doc.md
var docPython string

//go:embed doc_rust.md
var docRust string

// Rule is CVT201.
var Rule = rules.New(rules.Meta{
	Code:      "CVT201",
	Name:      "blocking-call-in-async",
	Title:     "Blocking call inside an async function",
	Doc:       docPython + "\n" + docRust,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python, source.Rust},
	Tags:      []string{"performance", "async", "correctness"},
	Precision: "high",
	Default:   true,
	Options: []rules.Option{
		{Name: blocking.ExtraBlockingName, Type: "list", Doc: blocking.ExtraBlockingDoc},
		{Name: blocking.ExtraAllowedName, Type: "list", Doc: blocking.ExtraAllowedDoc},
	},
}, []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer, blocking.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	reportPython(pass)
	reportRust(pass)
	return nil, nil
}
