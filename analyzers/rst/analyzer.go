package rst

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Result is the front-end's output: every .rst file's Doc by path, and its
// comments (the ".." comment blocks), which carry expectations and
// suppressions as other languages' comments do.
type Result = tsx.ByPath[*Doc]

// Analyzer reads every reStructuredText file of the run once and returns
// *Result. The reader is linear in the file, so it needs no time budget.
var Analyzer = &analysis.Analyzer{
	Name:       "rst",
	Doc:        "reads reStructuredText files: headings, prose, tables, literal blocks and comments; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the front-end's result; the pass's analyzer must require
// Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	files := set.Lang(source.RST)
	docs := make([]*Doc, len(files))
	index := make(map[*source.File]int, len(files))
	for i, f := range files {
		index[f] = i
	}
	set.Each(files, func(_ int, f *source.File) {
		docs[index[f]] = Parse(f.Src)
	})
	res := &Result{Files: map[string]*Doc{}, Comments: map[string][]source.Comment{}}
	for i, f := range files { // files are sorted by path
		res.Files[f.Path] = docs[i]
		res.Comments[f.Path] = Comments(f.Src, docs[i])
		res.Paths = append(res.Paths, f.Path)
	}
	return res, nil
}
