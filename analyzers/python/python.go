package python

import (
	"path"
	"reflect"
	"sort"
	"strings"

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
	files := set.Lang(source.Python)
	parsers := tsx.NewParsers(tspython.GetLanguage())
	defer parsers.Close()
	facts := make([]*FileFacts, len(files))
	index := map[*source.File]int{}
	for i, f := range files {
		index[f] = i
	}
	packages := packageDirs(set)
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
		ff, comments := Extract(f.Path, moduleName(f.Path, packages), f.Src, root)
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
