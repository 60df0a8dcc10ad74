// Package drivertest runs one analyzer through the driver over in-memory
// files, for the front-ends' tests.
package drivertest

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver"
)

// Run runs a (and extra roots) over files (path -> content) with jobs
// workers and returns a's result and the run's Set. An internal error fails
// the test.
func Run[T any](t testing.TB, a *analysis.Analyzer, files map[string]string, jobs int, extra ...*analysis.Analyzer) (T, *source.Set) {
	t.Helper()
	var got T
	capture := &analysis.Analyzer{
		Name:     "capture",
		Doc:      "keeps the result of the analyzer under test",
		Requires: []*analysis.Analyzer{a},
		Run: func(pass *analysis.Pass) (any, error) {
			got = pass.ResultOf[a].(T)
			return nil, nil
		},
	}
	var inputs []driver.Input
	for p, src := range files {
		inputs = append(inputs, driver.Input{Path: p, Src: []byte(src)})
	}
	res, err := driver.Run(inputs, append([]*analysis.Analyzer{capture}, extra...), driver.Config{Settings: source.Settings{Jobs: jobs}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		t.Fatalf("internal error: %v", e)
	}
	return got, res.Set
}
