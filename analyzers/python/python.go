package python

import (
	"path"
	"reflect"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer parses every Python file of the run once and returns *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "python",
	Doc:        "parses Python files and extracts scopes, bindings, calls and comments; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

func run(pass *analysis.Pass) (any, error) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	packages := packageDirs(set)
	fe := tsx.FrontEnd[*FileFacts]{
		Lang:        source.Python,
		Grammar:     tspython.GetLanguage,
		SyntaxNotes: true,
		Extract: func(f *source.File, root *sitter.Node, b *tsx.Budget) (*FileFacts, []source.Comment) {
			return Extract(f.Path, moduleName(f.Path, packages), f.Src, root, b)
		},
	}
	return fe.Run(set), nil
}

// packageDirs is the set of folders holding an __init__.py.
func packageDirs(set *source.Set) map[string]bool {
	dirs := map[string]bool{}
	for _, f := range set.Files {
		if path.Base(f.Path) == "__init__.py" {
			dirs[path.Dir(f.Path)] = true
		}
	}
	return dirs
}

// moduleName derives the dotted module name of a file: the folders above it
// that are packages, then its own name ("__init__" names the package).
func moduleName(p string, packages map[string]bool) string {
	name := strings.TrimSuffix(path.Base(p), ".py")
	var parts []string
	if name != "__init__" {
		parts = append(parts, name)
	}
	dir := path.Dir(p)
	for i := 0; dir != "." && dir != "/" && (packages[dir] || (i == 0 && name == "__init__")); i++ {
		parts = append(parts, path.Base(dir))
		dir = path.Dir(dir)
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, ".")
}
