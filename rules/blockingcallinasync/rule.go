// Package blockingcallinasync is CVT201: a blocking call evaluated where the
// nearest enclosing function is async.
package blockingcallinasync

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
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

const name = "blocking-call-in-async"

// extras are the rule's own extra-blocking and extra-allowed options;
// includeTests reports test code too.
var (
	extras       = blocking.OptionsFor(name)
	includeTests = asyncctx.IncludeTests(name)
)

// Rule is CVT201.
var Rule = rules.New(rules.Meta{
	Code:      "CVT201",
	Name:      name,
	Title:     "Blocking call inside an async function",
	Doc:       docPython + "\n" + docRust,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python, source.Rust},
	Tags:      []string{"performance", "async", "correctness"},
	Precision: rules.High,
	Default:   true,
	Options:   append(extras.Decls(), includeTests.Decl()),
}, []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer, blocking.Analyzer, asyncctx.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	calls := extras.Calls(pass)
	w := where{ctx: asyncctx.Of(pass), tests: includeTests.Get(pass)}
	reportPython(pass, calls, w)
	reportRust(pass, calls, w)
	return nil, nil
}

// where is what the rule needs to know of a call's place: its context,
// and whether test code is reported.
type where struct {
	ctx   *asyncctx.Result
	tests bool
}

// report sends d at the level the call's context and family deserve.
func report(pass *analysis.Pass, d analysis.Diagnostic, ctx asyncctx.Context, family string) {
	rules.SetLevel(&d, rules.Level(asyncctx.Level(ctx, family)))
	pass.Report(d)
}
