// Package driver runs go/analysis analyzers over the files of one project,
// whatever their language: one Pass per analyzer for the whole project, with
// a shared FileSet, results of required analyzers memoised, and a panic in
// one analyzer recorded as an internal error instead of ending the run.
package driver

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"runtime/debug"
	"sort"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/report"
)

// Input is one file of the project: a slash-separated path relative to the
// root, and its content (nil for files that are listed, never read).
type Input struct {
	Path string
	Src  []byte
}

// Diagnostic is a diagnostic with the analyzer that reported it.
type Diagnostic struct {
	Analyzer *analysis.Analyzer
	analysis.Diagnostic
}

// Timing is how long one analyzer's Run took.
type Timing struct {
	Analyzer *analysis.Analyzer
	Duration time.Duration
}

// Result is what one run produced.
type Result struct {
	Fset        *token.FileSet
	Set         *source.Set
	Diagnostics []Diagnostic
	// Errors are internal errors: an analyzer that panicked or failed. The
	// rest of the run still completed.
	Errors  []error
	Timings []Timing

	results map[*analysis.Analyzer]any
}

// Of returns analyzer a's result in this run (or its seed), nil when it did
// not run or failed.
func (r *Result) Of(a *analysis.Analyzer) any { return r.results[a] }

// Config is what one run is given besides its files and analyzers.
type Config struct {
	// Settings are the run's own settings; they are the result of
	// source.SettingsAnalyzer.
	Settings source.Settings
	// Seeds are results given instead of computed: an analyzer with a seed
	// is not run, and its dependents read the seed. This is how a run's
	// configuration reaches analyzers as an analysis result rather than
	// through process-wide flags.
	Seeds map[*analysis.Analyzer]any
}

// Run registers files in a new FileSet and runs roots and everything they
// require, each once.
func Run(files []Input, roots []*analysis.Analyzer, cfg Config) (*Result, error) {
	if err := analysis.Validate(roots); err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	res := &Result{Fset: token.NewFileSet()}
	content := map[string][]byte{}
	paths := make([]string, 0, len(files))
	for _, f := range files {
		tf := res.Fset.AddFile(f.Path, -1, len(f.Src))
		// Lines end at "\n", "\r\n" or a lone "\r", as in editors and on GitHub.
		tf.SetLines(report.LineStarts(f.Src))
		content[f.Path] = f.Src
		paths = append(paths, f.Path)
	}
	r := &runner{res: res, content: content, paths: paths, results: map[*analysis.Analyzer]any{}, failed: map[*analysis.Analyzer]bool{}, pkg: types.NewPackage("covet-lint/project", "project")}
	settings := cfg.Settings
	r.results[source.SettingsAnalyzer] = &settings
	for a, v := range cfg.Seeds {
		r.results[a] = v
	}
	for _, a := range order(roots) {
		if _, seeded := r.results[a]; seeded {
			continue
		}
		r.run(a)
	}
	res.results = r.results
	if set, ok := r.results[source.Analyzer].(*source.Set); ok {
		res.Set = set
	}
	return res, nil
}

// order lists analyzers so that each comes after everything it requires.
func order(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	type frame struct {
		a    *analysis.Analyzer
		next int
	}
	for _, root := range roots {
		if seen[root] {
			continue
		}
		seen[root] = true
		stack := []frame{{a: root}}
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next < len(top.a.Requires) {
				req := top.a.Requires[top.next]
				top.next++
				if !seen[req] {
					seen[req] = true
					stack = append(stack, frame{a: req})
				}
				continue
			}
			out = append(out, top.a)
			stack = stack[:len(stack)-1]
		}
	}
	return out
}

type runner struct {
	res     *Result
	content map[string][]byte
	paths   []string
	results map[*analysis.Analyzer]any
	failed  map[*analysis.Analyzer]bool
	pkg     *types.Package
}

func (r *runner) run(a *analysis.Analyzer) {
	resultOf := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		if r.failed[req] {
			r.failed[a] = true
			r.res.Errors = append(r.res.Errors, fmt.Errorf("%s: not run because %s failed", a.Name, req.Name))
			return
		}
		resultOf[req] = r.results[req]
	}
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       r.res.Fset,
		OtherFiles: r.paths,
		Pkg:        r.pkg,
		TypesInfo:  nil,
		ResultOf:   resultOf,
		Report: func(d analysis.Diagnostic) {
			r.res.Diagnostics = append(r.res.Diagnostics, Diagnostic{Analyzer: a, Diagnostic: d})
		},
		ReadFile: func(name string) ([]byte, error) {
			if src, ok := r.content[name]; ok {
				return src, nil
			}
			return nil, &os.PathError{Op: "read", Path: name, Err: os.ErrNotExist}
		},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	start := time.Now()
	result, err := safeRun(a, pass)
	r.res.Timings = append(r.res.Timings, Timing{Analyzer: a, Duration: time.Since(start)})
	if err != nil {
		r.failed[a] = true
		r.res.Errors = append(r.res.Errors, err)
		return
	}
	r.results[a] = result
}

// safeRun turns a panic in an analyzer into an error with its stack.
func safeRun(a *analysis.Analyzer, pass *analysis.Pass) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s panicked: %v\n%s", a.Name, p, debug.Stack())
		}
	}()
	result, err = a.Run(pass)
	if err != nil {
		err = fmt.Errorf("%s: %w", a.Name, err)
	}
	return result, err
}
