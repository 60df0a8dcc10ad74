package rust

import (
	"reflect"
	"sort"
	"strings"

	tsrust "github.com/smacker/go-tree-sitter/rust"
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer parses every Rust file of the run once and returns *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "rust",
	Doc:        "parses Rust files and extracts functions, async contexts, use imports, bindings, calls and comments; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

func run(pass *analysis.Pass) (any, error) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	files := set.Lang(source.Rust)
	parsers := tsx.NewParsers(tsrust.GetLanguage())
	defer parsers.Close()
	facts := make([]*FileFacts, len(files))
	index := map[*source.File]int{}
	for i, f := range files {
		index[f] = i
	}
	set.Each(files, func(worker int, f *source.File) {
		tree, err := parsers.Parse(worker, f.Src)
		if err != nil {
			set.Warn(f.Path, "skipped: %v", err)
			return
		}
		defer tree.Close()
		root := tree.RootNode()
		if at, bad := tsx.FirstError(root); bad {
			line := 1 + strings.Count(string(f.Src[:at.Start]), "\n")
			set.Warn(f.Path, "syntax error near line %d; findings in this file may be incomplete", line)
		}
		ff, comments := Extract(f.Path, f.Src, root)
		set.SetComments(f.Path, comments)
		facts[index[f]] = ff
	})
	res := &Result{Files: map[string]*FileFacts{}}
	for _, ff := range facts {
		if ff != nil {
			res.Files[ff.Path] = ff
			res.Paths = append(res.Paths, ff.Path)
		}
	}
	sort.Strings(res.Paths)
	return res, nil
}
