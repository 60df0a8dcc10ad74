package rust

import (
	"reflect"

	sitter "github.com/smacker/go-tree-sitter"
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
	fe := tsx.FrontEnd[*FileFacts]{
		Lang:        source.Rust,
		Grammar:     grammar,
		SyntaxNotes: true,
		Extract: func(f *source.File, root *sitter.Node, b *tsx.Budget) (*FileFacts, []source.Comment) {
			return Extract(f.Path, f.Src, root, b)
		},
	}
	return fe.Run(pass.ResultOf[source.Analyzer].(*source.Set)), nil
}
