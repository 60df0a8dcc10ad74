package tsx_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/markdown"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver"
)

func repo(n int) []driver.Input {
	var in []driver.Input
	for i := 0; i < n; i++ {
		in = append(in,
			driver.Input{Path: fmt.Sprintf("pkg/m%d.py", i), Src: []byte(fmt.Sprintf("import time\nasync def f%d():\n    time.sleep(1)  # c\n", i))},
			driver.Input{Path: fmt.Sprintf("src/m%d.rs", i), Src: []byte(fmt.Sprintf("async fn f%d() { std::thread::sleep(d); } // c\n", i))},
			driver.Input{Path: fmt.Sprintf("docs/m%d.md", i), Src: []byte(fmt.Sprintf("# Doc %d\n\ntext <!-- c -->\n", i))},
		)
	}
	return in
}

// users builds analyzers that each require every tree-sitter front-end, as
// rules do.
func users(n int) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for i := 0; i < n; i++ {
		out = append(out, &analysis.Analyzer{
			Name:     fmt.Sprintf("user%d", i),
			Doc:      "requires every front-end",
			Requires: []*analysis.Analyzer{python.Analyzer, rust.Analyzer, markdown.Analyzer},
			Run:      func(*analysis.Pass) (any, error) { return nil, nil },
		})
	}
	return out
}

func run(t *testing.T, in []driver.Input, roots []*analysis.Analyzer, jobs int) *driver.Result {
	t.Helper()
	return runWith(t, in, roots, source.Settings{Jobs: jobs})
}

func runWith(t *testing.T, in []driver.Input, roots []*analysis.Analyzer, settings source.Settings) *driver.Result {
	t.Helper()
	res, err := driver.Run(in, roots, driver.Config{Settings: settings})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		t.Errorf("internal error: %v", e)
	}
	return res
}

// TestEachFileParsedOnce: several rules requiring the same front-ends, and
// the front-ends themselves as roots, still parse each file exactly once;
// every tree is closed, and never more are open than workers.
func TestEachFileParsedOnce(t *testing.T) {
	var mu sync.Mutex
	parses := map[*byte]int{}
	open, maxOpen, closed := 0, 0, 0
	restore := tsx.SetHooks(&tsx.Hooks{
		Parsed: func(src []byte) {
			mu.Lock()
			parses[unsafe.SliceData(src)]++
			open++
			maxOpen = max(maxOpen, open)
			mu.Unlock()
		},
		Closed: func(src []byte) {
			mu.Lock()
			closed++
			open--
			mu.Unlock()
		},
	})
	defer restore()
	in := repo(20)
	const jobs = 3
	roots := append(users(4), python.Analyzer, markdown.Analyzer)
	res := run(t, in, roots, jobs)
	for _, f := range res.Set.Files {
		if n := parses[unsafe.SliceData(f.Src)]; n != 1 {
			t.Errorf("%s parsed %d times", f.Path, n)
		}
	}
	if len(parses) != len(in) {
		t.Errorf("%d distinct sources parsed, want %d", len(parses), len(in))
	}
	if closed != len(in) {
		t.Errorf("%d trees closed, want %d", closed, len(in))
	}
	if maxOpen > jobs {
		t.Errorf("%d trees open at once, want at most %d (one per worker)", maxOpen, jobs)
	}
}

// TestVisitClosesTrees: a tree parsed through Visit is closed when its
// visit ends, so at most one per worker is alive.
func TestVisitClosesTrees(t *testing.T) {
	var mu sync.Mutex
	open, maxOpen := 0, 0
	restore := tsx.SetHooks(&tsx.Hooks{
		Parsed: func([]byte) { mu.Lock(); open++; maxOpen = max(maxOpen, open); mu.Unlock() },
		Closed: func([]byte) { mu.Lock(); open--; mu.Unlock() },
	})
	defer restore()
	const jobs = 3
	var in []driver.Input
	for i := 0; i < 60; i++ {
		in = append(in, driver.Input{Path: fmt.Sprintf("d%02d.md", i), Src: []byte(strings.Repeat("para\n\n", 500))})
	}
	run(t, in, []*analysis.Analyzer{markdown.Analyzer}, jobs)
	if open != 0 {
		t.Errorf("%d trees left open", open)
	}
	if maxOpen > jobs || maxOpen < 1 {
		t.Errorf("%d trees open at once with %d workers", maxOpen, jobs)
	}
}

// TestTimedOutFilesBecomeWarnings: with a deadline nothing meets, every
// file of every tree-sitter front-end is skipped with a warning and the run
// goes on; with the deadline back, the same parsers parse again.
func TestTimedOutFilesBecomeWarnings(t *testing.T) {
	in := repo(3)
	for i := range in {
		// Big enough that no parse finishes within a nanosecond.
		in[i].Src = append(in[i].Src, []byte(strings.Repeat("\n", 1<<16))...)
	}
	res := runWith(t, in, users(1), source.Settings{Jobs: 2, FileTimeout: time.Nanosecond})
	warned := map[string]bool{}
	for _, w := range res.Set.Warnings() {
		if w.Kind == source.TimedOut {
			warned[w.Path] = true
		}
	}
	for _, f := range in {
		if !warned[f.Path] {
			t.Errorf("%s: no timeout warning", f.Path)
		}
	}
	res = run(t, in, users(1), 2)
	if ws := res.Set.Warnings(); len(ws) != 0 {
		t.Errorf("after restoring the deadline: %v", ws)
	}
}

// TestLongExpressions: one expression of 100k terms, and deeply nested
// calls, go through every front-end without overflowing anything.
func TestLongExpressions(t *testing.T) {
	const terms = 100000
	sum := "x" + strings.Repeat(" + x", terms-1)
	nestedCalls := strings.Repeat("f(", 5000) + "1" + strings.Repeat(")", 5000)
	chain := "a" + strings.Repeat(".b()", 300) // longer chains are quadratic in the Python and Rust extractors
	in := []driver.Input{
		{Path: "sum.py", Src: []byte("async def g(x):\n    y = " + sum + "\n    z = " + nestedCalls + "\n    w = " + chain + "\n")},
		{Path: "sum.rs", Src: []byte("fn g(x: i64) -> i64 { let z = " + nestedCalls + "; let w = " + chain + "; " + sum + " }\n")},
		{Path: "sum.md", Src: []byte("# Sum\n\n" + sum + "\n\n| " + strings.Repeat("a | ", 5000) + "\n|" + strings.Repeat("---|", 5000) + "\n")},
	}
	var py *python.Result
	probe := &analysis.Analyzer{Name: "probe", Doc: "keeps python facts", Requires: []*analysis.Analyzer{python.Analyzer, rust.Analyzer, markdown.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			py = pass.ResultOf[python.Analyzer].(*python.Result)
			return nil, nil
		}}
	res := run(t, in, []*analysis.Analyzer{probe}, 2)
	for _, w := range res.Set.Warnings() {
		t.Errorf("warning: %v", w)
	}
	if ff := py.Files["sum.py"]; ff == nil || len(ff.Calls) < 5000 {
		t.Errorf("python facts of sum.py missing or short")
	}
}
