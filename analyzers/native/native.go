// Package native is a result-only analyzer: from the repository's files
// alone (Cargo.toml, pyproject.toml, setup.py, setup.cfg, requirements,
// Rust and Python sources, and which .so, .pyd and .pyi files exist) it
// works out which native modules the build configuration produces, under
// which import paths and with which names inside, and with what evidence.
// Nothing is built, run or imported.
//
// maturin decides names as it does since 0.15: tool.maturin.module-name,
// else [lib] name, else [project] name, else [package] name (the
// [package.metadata.maturin] name is ignored, but kept as evidence); with
// a Python source folder holding a package of the same name (the mixed
// layout) the extension lands inside it (pkg/pkg.*.so, imported as
// pkg.pkg). setuptools-rust builds each RustExtension at its target path.
package native

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer returns *Result; it reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "native",
	Doc:        "finds the native modules the repository's build configuration produces, their import paths, names and evidence; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, manifest.Analyzer, python.Analyzer, rust.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the result; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }

func run(pass *analysis.Pass) (any, error) {
	b := &builder{
		set: source.Of(pass), mf: manifest.Of(pass), py: python.Of(pass), rs: rust.Of(pass),
		res: &Result{modules: map[string]*Module{}, provided: map[string]bool{}, stubs: map[string]string{}, own: map[string]bool{}, deps: map[string]bool{}},
	}
	b.crates()
	b.builds()
	b.declared()
	b.provision()
	b.finish()
	return b.res, nil
}
