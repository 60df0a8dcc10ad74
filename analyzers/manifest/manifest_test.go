package manifest

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

const cargo = `# covet-lint: ignore[CVT401] built by CI
[package]   # the crate
name = "covet-core"
version = "0.1.0"

[lib]
name = "_covet"
crate-type = [
  "cdylib", # for Python
  "rlib",
]

[dependencies]
pyo3 = { version = "0.21", features = ["extension-module", "abi3-py38"] }
serde = "1"

[target.'cfg(unix)'.dependencies.pyo3]
version = "0.20"

[dev-dependencies]
pyo3.workspace = true
`

const pyproject = `[build-system]
requires = ["maturin>=1.5,<2.0"]  # want "x"
build-backend = "maturin"

[project]
name = "covet"

[tool.maturin]
module-name = "covet._covet"
python-source = "python"
features = ["pyo3/extension-module"]
`

func text(src string, v *Value) string {
	if v == nil {
		return "<nil>"
	}
	if src[v.Span.Start:v.Span.End] != `"`+v.Text+`"` {
		return "span mismatch: " + src[v.Span.Start:v.Span.End]
	}
	return v.Text
}

func texts(src string, vs []Value) []string {
	out := []string{}
	for i := range vs {
		out = append(out, text(src, &vs[i]))
	}
	return out
}

func TestCargo(t *testing.T) {
	ff, cs, err := Parse("crates/core/Cargo.toml", []byte(cargo))
	if err != nil {
		t.Fatal(err)
	}
	c := ff.Cargo
	if c == nil || ff.Pyproject != nil {
		t.Fatalf("facts = %+v", ff)
	}
	if got := text(cargo, c.PackageName); got != "covet-core" {
		t.Errorf("package name = %q", got)
	}
	if got := text(cargo, c.LibName); got != "_covet" {
		t.Errorf("lib name = %q", got)
	}
	if got := texts(cargo, c.CrateTypes); !reflect.DeepEqual(got, []string{"cdylib", "rlib"}) {
		t.Errorf("crate types = %q", got)
	}
	type dep struct {
		Table, Key, Version string
		Features            []string
		Workspace           bool
	}
	var deps []dep
	for _, d := range c.PyO3 {
		v := "<nil>"
		if d.Version != nil {
			v = text(cargo, d.Version)
		}
		deps = append(deps, dep{d.Table, cargo[d.Span.Start:d.Span.End], v, texts(cargo, d.Features), d.Workspace})
	}
	want := []dep{
		{"dependencies", "pyo3", "0.21", []string{"extension-module", "abi3-py38"}, false},
		{"target.cfg(unix).dependencies", "pyo3", "0.20", []string{}, false},
		{"dev-dependencies", "pyo3", "<nil>", []string{}, true},
	}
	if !reflect.DeepEqual(deps, want) {
		t.Errorf("pyo3 deps:\n got %+v\nwant %+v", deps, want)
	}
	var got []string
	for _, cm := range cs {
		if cm.Text != cargo[cm.Start:cm.End] {
			t.Errorf("comment %q is not its span", cm.Text)
		}
		got = append(got, cm.Text+map[bool]string{true: " (trailing)"}[cm.Trailing])
	}
	wantC := []string{"# covet-lint: ignore[CVT401] built by CI", "# the crate (trailing)", "# for Python (trailing)"}
	if !reflect.DeepEqual(got, wantC) {
		t.Errorf("comments = %q, want %q", got, wantC)
	}
}

func TestPyproject(t *testing.T) {
	ff, cs, err := Parse("pyproject.toml", []byte(pyproject))
	if err != nil {
		t.Fatal(err)
	}
	p := ff.Pyproject
	if p == nil || ff.Cargo != nil {
		t.Fatalf("facts = %+v", ff)
	}
	if got := text(pyproject, p.BuildBackend); got != "maturin" {
		t.Errorf("build-backend = %q", got)
	}
	if got := texts(pyproject, p.Requires); !reflect.DeepEqual(got, []string{"maturin>=1.5,<2.0"}) {
		t.Errorf("requires = %q", got)
	}
	if got := text(pyproject, p.ProjectName); got != "covet" {
		t.Errorf("project name = %q", got)
	}
	m := p.Maturin
	if m == nil {
		t.Fatal("no maturin table")
	}
	if pyproject[m.Span.Start:m.Span.End] != "tool.maturin" {
		t.Errorf("maturin span = %q", pyproject[m.Span.Start:m.Span.End])
	}
	if text(pyproject, m.ModuleName) != "covet._covet" || text(pyproject, m.PythonSource) != "python" ||
		!reflect.DeepEqual(texts(pyproject, m.Features), []string{"pyo3/extension-module"}) {
		t.Errorf("maturin = %+v", m)
	}
	if len(cs) != 1 || cs[0].Text != `# want "x"` || !cs[0].Trailing {
		t.Errorf("comments = %+v", cs)
	}
}

func TestDottedMaturinWithoutTable(t *testing.T) {
	src := "tool.maturin.module-name = \"m._m\"\n"
	ff, _, err := Parse("pyproject.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if m := ff.Pyproject.Maturin; m == nil || text(src, m.ModuleName) != "m._m" || src[m.Span.Start:m.Span.End] != "maturin" {
		t.Errorf("maturin = %+v", m)
	}
}

func TestBrokenTOML(t *testing.T) {
	src := "[package]\nname = \"ok\" # kept\n\n[lib]\nname = \n"
	ff, cs, err := Parse("Cargo.toml", []byte(src))
	var se *SyntaxError
	if err == nil || !strings.Contains(err.Error(), "line 5") {
		t.Fatalf("err = %v, want a syntax error at line 5", err)
	}
	if !asSyntax(err, &se) || se.Message == "" {
		t.Errorf("err = %#v", err)
	}
	if ff.Cargo.PackageName == nil || ff.Cargo.PackageName.Text != "ok" || len(cs) != 1 {
		t.Errorf("facts before the error are lost: %+v %+v", ff.Cargo, cs)
	}
}

func asSyntax(err error, se **SyntaxError) bool {
	e, ok := err.(*SyntaxError)
	*se = e
	return ok
}

// runFrontEnd runs the Analyzer, plus extra analyzers requiring it, through
// the driver and returns its result and the run's Set.
func runFrontEnd(t *testing.T, files map[string]string, extra ...*analysis.Analyzer) (*Result, *source.Set) {
	t.Helper()
	return drivertest.Run[*Result](t, Analyzer, files, 4, extra...)
}

func TestAnalyzerWarnsAndGoesOn(t *testing.T) {
	res, set := runFrontEnd(t, map[string]string{
		"Cargo.toml":          cargo,
		"pyproject.toml":      pyproject,
		"broken/Cargo.toml":   "[package\nname = 1\n",
		"notes/pyproject.txt": "not a manifest",
	})
	if !reflect.DeepEqual(res.Paths, []string{"Cargo.toml", "broken/Cargo.toml", "pyproject.toml"}) {
		t.Errorf("paths = %q", res.Paths)
	}
	ws := set.Warnings()
	if len(ws) != 1 || ws[0].Path != "broken/Cargo.toml" || !strings.Contains(ws[0].Message, "TOML syntax error at line 1") {
		t.Errorf("warnings = %+v", ws)
	}
	if len(res.Comments["Cargo.toml"]) != 3 || len(res.Comments["pyproject.toml"]) != 1 {
		t.Errorf("comments not recorded")
	}
	if _, err := json.Marshal(res.Files); err != nil {
		t.Errorf("facts are not plain data: %v", err)
	}
}

// TestParsedOnce: several analyzers requiring the front-end still parse
// each manifest once.
func TestParsedOnce(t *testing.T) {
	counts := map[string]int{}
	parsed = func(p string) { counts[p]++ }
	defer func() { parsed = nil }()
	var extra []*analysis.Analyzer
	for _, name := range []string{"r1", "r2", "r3"} {
		extra = append(extra, &analysis.Analyzer{Name: name, Doc: name, Requires: []*analysis.Analyzer{Analyzer},
			Run: func(pass *analysis.Pass) (any, error) { return nil, nil }})
	}
	runFrontEnd(t, map[string]string{"Cargo.toml": cargo, "pyproject.toml": pyproject, "a/Cargo.toml": cargo}, extra...)
	want := map[string]int{"Cargo.toml": 1, "pyproject.toml": 1, "a/Cargo.toml": 1}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("parses = %v, want %v", counts, want)
	}
}

func TestDeepNesting(t *testing.T) {
	n := 20000
	src := "a = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\nb = " + strings.Repeat("{x=", 5000) + "1" + strings.Repeat("}", 5000) + "\n"
	if _, _, err := Parse("Cargo.toml", []byte(src)); err == nil {
		t.Errorf("want a nesting error")
	}
	src = "[dependencies]\npyo3 = " + strings.Repeat("{x=", 5000) + "1" + strings.Repeat("}", 5000) + "\n"
	if _, _, err := Parse("Cargo.toml", []byte(src)); err != nil {
		t.Errorf("5000 nested inline tables: %v", err)
	}
}

func FuzzManifest(f *testing.F) {
	f.Add(cargo)
	f.Add(pyproject)
	f.Add("a = [1, # c\n 2]\nb = {c = [3]}\n")
	f.Fuzz(func(t *testing.T, src string) {
		for _, p := range []string{"Cargo.toml", "pyproject.toml"} {
			_, cs, _ := Parse(p, []byte(src))
			for _, c := range cs {
				if c.Start < 0 || c.End > len(src) || c.Text != src[c.Start:c.End] {
					t.Fatalf("bad comment %+v", c)
				}
			}
		}
		for _, p := range []string{"setup.cfg", "requirements.txt"} {
			for _, v := range ParseRequirements(p, []byte(src)).Requirements.Names {
				if v.Span.Start < 0 || v.Span.End > len(src) || v.Text != src[v.Span.Start:v.Span.End] {
					t.Fatalf("bad requirement %+v", v)
				}
			}
		}
	})
}
