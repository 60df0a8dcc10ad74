// Package pydefs indexes the Python definitions of the repository (defs,
// async defs, classes) by qualified name and resolves the front-end's
// dotted callees to them, across files and through repository base
// classes. Expand (values.go) rewrites a callee whose value comes from the
// repository's own definitions (a factory's return, a module-level client,
// a subclass of a library class) to what it stands for, so that
// analyzers/blocking classifies it. Rules that follow helpers across
// modules (CVT202, CVT301) share it; it reports nothing.
package pydefs

import (
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer builds the run's *Index.
var Analyzer = &analysis.Analyzer{
	Name:       "pydefs",
	Doc:        "indexes Python definitions by qualified name and resolves callees to them; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, python.Analyzer, manifest.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Index)(nil)),
}

// Of returns the index; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Index { return pass.ResultOf[Analyzer].(*Index) }

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	return NewIndex(python.Of(pass), manifest.Of(pass), func(p string) []byte {
		if f := set.File(p); f != nil {
			return f.Src
		}
		return nil
	}), nil
}

// Owner is the function that makes a call standing in scope: the nearest
// enclosing def or async def, through class bodies (a class body runs when
// the function defining it does) but not through lambdas or nested defs.
func Owner(ff *python.FileFacts, scope int) (int, bool) {
	for scope >= 0 {
		switch ff.Scopes[scope].Kind {
		case python.Def, python.AsyncDef:
			return scope, true
		case python.Lambda:
			return 0, false
		}
		scope = ff.Scopes[scope].Parent
	}
	return 0, false
}

// DisplayName is a definition's name inside its module: "load",
// "Store.load", "outer.inner".
func DisplayName(d Def) string {
	return strings.TrimPrefix(strings.TrimPrefix(d.S().Qual, d.FF.Module), ".")
}

// Bases are the resolved base classes of a class definition, as written in
// its header.
func (x *Index) Bases(cls Def) []string { return x.basesOf(cls) }

// ResolveName finds the definition a dotted name written at offset in
// scope of ff stands for ("handler", "views.index"), resolving its first
// segment through the file's bindings as the front-end resolves callees.
func (x *Index) ResolveName(ff *python.FileFacts, dotted string, scope, offset int) (Def, bool) {
	if !Dotted(dotted) {
		return Def{}, false
	}
	first, rest, _ := strings.Cut(dotted, ".")
	v, ok := lookupName(ff, first, scope, offset)
	if !ok || v == "" {
		return Def{}, false
	}
	if rest != "" {
		v += "." + rest
	}
	d, ok := x.lookup(v)
	return d, ok && d.S().IsFunction()
}
