package driver

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// reporter reports one diagnostic at the start of every file.
func reporter(name string, requires ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      name,
		Requires: append([]*analysis.Analyzer{source.Analyzer}, requires...),
		Run: func(pass *analysis.Pass) (any, error) {
			set := pass.ResultOf[source.Analyzer].(*source.Set)
			for _, f := range set.Files {
				pass.Reportf(f.Pos(0), "%s saw %s", name, f.Path)
			}
			return name + " result", nil
		},
	}
}

var files = []Input{{Path: "b.py", Src: []byte("x = 1\n")}, {Path: "a.md", Src: []byte("# hi\n")}}

func messages(res *Result) []string {
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, d.Message)
	}
	return out
}

func TestPanicBecomesErrorAndOthersSurvive(t *testing.T) {
	before := reporter("before")
	boom := &analysis.Analyzer{Name: "boom", Doc: "panics", Requires: []*analysis.Analyzer{source.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Reportf(pass.Fset.File(1).Pos(0), "boom reported before panicking")
			panic("kaboom")
		}}
	after := reporter("after")
	res, err := Run(append([]Input(nil), files...), []*analysis.Analyzer{before, boom, after}, Config{Settings: source.Settings{Jobs: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error(), "boom panicked: kaboom") {
		t.Fatalf("errors = %v, want one panic of boom", res.Errors)
	}
	if !strings.Contains(res.Errors[0].Error(), "driver_test.go") {
		t.Errorf("the error carries no stack: %v", res.Errors[0])
	}
	got := strings.Join(messages(res), "\n")
	for _, want := range []string{"before saw a.md", "before saw b.py", "after saw a.md", "after saw b.py"} {
		if !strings.Contains(got, want) {
			t.Errorf("diagnostic %q lost; got:\n%s", want, got)
		}
	}
}

func TestDependentsOfAFailureAreSkipped(t *testing.T) {
	failing := &analysis.Analyzer{Name: "failing", Doc: "fails", Run: func(*analysis.Pass) (any, error) {
		return nil, errors.New("cannot")
	}}
	ran := map[string]bool{}
	dep := func(name string, req ...*analysis.Analyzer) *analysis.Analyzer {
		return &analysis.Analyzer{Name: name, Doc: name, Requires: req, Run: func(*analysis.Pass) (any, error) {
			ran[name] = true
			return nil, nil
		}}
	}
	direct := dep("direct", failing)
	indirect := dep("indirect", direct)
	independent := dep("independent")
	res, err := Run(nil, []*analysis.Analyzer{indirect, independent}, Config{Settings: source.Settings{Jobs: 1}})
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for _, e := range res.Errors {
		errs = append(errs, e.Error())
	}
	want := []string{"failing: cannot", "direct: not run because failing failed", "indirect: not run because direct failed"}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors = %q, want %q", errs, want)
	}
	if ran["direct"] || ran["indirect"] || !ran["independent"] {
		t.Errorf("ran = %v", ran)
	}
}

func TestRequiresRunOnceAndResultsShared(t *testing.T) {
	runs := 0
	shared := &analysis.Analyzer{Name: "shared", Doc: "shared", ResultType: reflect.TypeOf(0),
		Run: func(*analysis.Pass) (any, error) {
			runs++
			return 42, nil
		}}
	var seen []any
	user := func(name string) *analysis.Analyzer {
		return &analysis.Analyzer{Name: name, Doc: name, Requires: []*analysis.Analyzer{shared},
			Run: func(pass *analysis.Pass) (any, error) {
				seen = append(seen, pass.ResultOf[shared])
				return nil, nil
			}}
	}
	mid := &analysis.Analyzer{Name: "mid", Doc: "mid", Requires: []*analysis.Analyzer{shared, user("u1")},
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if _, err := Run(nil, []*analysis.Analyzer{user("u2"), mid, shared, user("u3")}, Config{Settings: source.Settings{Jobs: 1}}); err != nil {
		t.Fatal(err)
	}
	if runs != 1 {
		t.Errorf("shared ran %d times, want 1", runs)
	}
	if !reflect.DeepEqual(seen, []any{42, 42, 42}) {
		t.Errorf("results seen = %v", seen)
	}
}

func TestOrderPutsRequiresFirst(t *testing.T) {
	a := &analysis.Analyzer{Name: "a", Doc: "a"}
	b := &analysis.Analyzer{Name: "b", Doc: "b", Requires: []*analysis.Analyzer{a}}
	c := &analysis.Analyzer{Name: "c", Doc: "c", Requires: []*analysis.Analyzer{b, a}}
	var names []string
	for _, x := range order([]*analysis.Analyzer{c, b}) {
		names = append(names, x.Name)
	}
	if !reflect.DeepEqual(names, []string{"a", "b", "c"}) {
		t.Errorf("order = %v", names)
	}
}

func TestFilesShareOneFileSet(t *testing.T) {
	var lines []int
	probe := &analysis.Analyzer{Name: "probe", Doc: "probe", Requires: []*analysis.Analyzer{source.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			set := pass.ResultOf[source.Analyzer].(*source.Set)
			for _, f := range set.Files {
				if pass.Fset.File(f.Pos(0)) != f.Tok {
					t.Errorf("%s is not registered in the pass's FileSet", f.Path)
				}
				src, err := pass.ReadFile(f.Path)
				if err != nil || string(src) != string(f.Src) {
					t.Errorf("ReadFile(%s) = %q, %v", f.Path, src, err)
				}
				lines = append(lines, pass.Fset.Position(f.Pos(len(f.Src)-1)).Line)
			}
			if _, err := pass.ReadFile("missing.py"); err == nil {
				t.Errorf("ReadFile of an unknown file succeeded")
			}
			return nil, nil
		}}
	res, err := Run([]Input{{Path: "a.py", Src: []byte("a\nb\nc\n")}, {Path: "b.py", Src: []byte("x\n")}}, []*analysis.Analyzer{probe}, Config{Settings: source.Settings{Jobs: 1}})
	if err != nil || len(res.Errors) > 0 {
		t.Fatal(err, res.Errors)
	}
	if !reflect.DeepEqual(lines, []int{3, 1}) {
		t.Errorf("lines = %v", lines)
	}
}

func TestInvalidAnalyzerIsAnError(t *testing.T) {
	bad := &analysis.Analyzer{Name: "not-an-identifier", Doc: "x", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if _, err := Run(nil, []*analysis.Analyzer{bad}, Config{Settings: source.Settings{Jobs: 1}}); err == nil {
		t.Errorf("want a validation error")
	}
}

// TestPanicInAWorkerIsAnError: a front-end panicking inside Set.Each (a
// worker goroutine, out of reach of the driver's recover) is an internal
// error too, not the end of the process.
func TestPanicInAWorkerIsAnError(t *testing.T) {
	frontEnd := &analysis.Analyzer{Name: "frontend", Doc: "panics on one file", Requires: []*analysis.Analyzer{source.Analyzer},
		ResultType: reflect.TypeOf(""),
		Run: func(pass *analysis.Pass) (any, error) {
			set := pass.ResultOf[source.Analyzer].(*source.Set)
			set.Each(set.Files, func(_ int, f *source.File) {
				if f.Path == "b.py" {
					panic("cannot parse")
				}
			})
			return "ok", nil
		}}
	rule := &analysis.Analyzer{Name: "rule", Doc: "needs the front-end", Requires: []*analysis.Analyzer{frontEnd},
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	other := reporter("other")
	res, err := Run(append([]Input(nil), files...), []*analysis.Analyzer{rule, other}, Config{Settings: source.Settings{Jobs: 4}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 2 || !strings.Contains(res.Errors[0].Error(), "b.py: cannot parse") ||
		!strings.Contains(res.Errors[1].Error(), "rule: not run because frontend failed") {
		t.Errorf("errors = %v", res.Errors)
	}
	if len(res.Diagnostics) != 2 {
		t.Errorf("the other analyzer's diagnostics were lost: %v", messages(res))
	}
}
