// Package rsdefs indexes the Rust fns of the repository by qualified path,
// across files, modules and workspace crates, and resolves the Rust
// front-end's callees to them. CVT202 follows synchronous helpers with it;
// it reports nothing.
package rsdefs

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer builds the run's *Index.
var Analyzer = &analysis.Analyzer{
	Name:       "rsdefs",
	Doc:        "indexes Rust fns by qualified path across modules and crates and resolves callees to them; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, rust.Analyzer, manifest.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Index)(nil)),
}

// Of returns the index; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Index { return pass.ResultOf[Analyzer].(*Index) }

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	return NewIndex(rust.Of(pass), manifest.Of(pass), func(p string) []byte {
		if f := set.File(p); f != nil {
			return f.Src
		}
		return nil
	}), nil
}

// Def is one fn or async fn of the repository: a scope of a file's facts.
type Def struct {
	FF    *rust.FileFacts
	Scope int
}

// S is the fn's scope.
func (d Def) S() rust.Scope { return d.FF.Scopes[d.Scope] }
