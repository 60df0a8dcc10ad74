package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/frontends"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/rules/all"
)

// fuzzNames are the files each fuzz input is written to.
var fuzzNames = []string{"app/main.py", "src/lib.rs", "README.md", "Cargo.toml", "pyproject.toml"}

func writeRepo(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for p, src := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runAll(t testing.TB, root string, jobs int) *check.Report {
	t.Helper()
	rep, err := check.Run(check.Options{Root: root, Rules: all.Rules, Extra: frontends.All, Jobs: jobs})
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	for _, e := range rep.Errors {
		t.Errorf("internal error: %s", e)
	}
	return rep
}

var pipelineSeeds = []string{
	"",
	"import time\nasync def f():\n    time.sleep(1)  # want \"x\"\n",
	"async fn f() { std::thread::sleep(d); } // covet-lint: ignore[CVT201]\n",
	"# T\n\n<!-- covet-lint: ignore[CVT101] -->\n| a | 23,450 req/s |\n|---|---|\n",
	"[package]\nname = \"x\"\n[lib]\ncrate-type = [\"cdylib\"]\n[dependencies]\npyo3 = { version = \"0.21\" }\n",
	"[build-system]\nbuild-backend = \"maturin\"\n[tool.maturin]\nmodule-name = \"m._m\"\n",
	"def (\n\x00\xff\xfe",
	strings.Repeat("> ", 300) + "x\n",
	"00\U000a69a6",
	"a = [[[[",
	"x = " + strings.Repeat("(", 3000) + "1" + strings.Repeat(")", 3000) + "\n",
	"\"\"\"\n" + strings.Repeat("é", 1000),
}

// FuzzPipeline writes arbitrary bytes as a Python, Rust, Markdown and two
// TOML files of one repository and runs every rule over it: no panic, no
// internal error, whatever the bytes.
func FuzzPipeline(f *testing.F) {
	for _, s := range pipelineSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		files := map[string][]byte{}
		for _, p := range fuzzNames {
			files[p] = data
		}
		runAll(t, writeRepo(t, files), 2)
	})
}

// TestDeterministicAcrossJobs: the same repository gives the same findings,
// warnings and comments with one worker and with eight.
func TestDeterministicAcrossJobs(t *testing.T) {
	files := map[string][]byte{}
	for i, s := range pipelineSeeds {
		for _, p := range fuzzNames {
			dir, base := filepath.Split(p)
			files[fmt.Sprintf("seed%02d/%s%s", i, dir, base)] = []byte(s)
		}
	}
	for i := 0; i < 40; i++ {
		files[fmt.Sprintf("pkg/m%02d.py", i)] = []byte(fmt.Sprintf(
			"import time, subprocess\nimport requests as rq\n\nasync def h%d():\n    time.sleep(%d)\n    rq.get('u')\n    subprocess.run(['x'])\n    def inner():\n        time.sleep(1)\n", i, i))
		files[fmt.Sprintf("crate/src/m%02d.rs", i)] = []byte(fmt.Sprintf(
			"async fn h%d() {\n    std::thread::sleep(std::time::Duration::from_secs(%d));\n    let _ = std::fs::read(\"x\");\n}\n", i, i))
		files[fmt.Sprintf("docs/d%02d.md", i)] = []byte(fmt.Sprintf("# Bench %d\n\n<!-- c -->\n%d req/s\n", i, i))
	}
	root := writeRepo(t, files)
	one := runAll(t, root, 1)
	eight := runAll(t, root, 8)
	if len(one.Findings) == 0 {
		t.Fatalf("no findings: the repository exercises nothing")
	}
	if !reflect.DeepEqual(one.Findings, eight.Findings) {
		t.Errorf("findings differ between 1 and 8 jobs: %d vs %d", len(one.Findings), len(eight.Findings))
	}
	if !reflect.DeepEqual(one.Warnings, eight.Warnings) {
		t.Errorf("warnings differ between 1 and 8 jobs:\n%v\n%v", one.Warnings, eight.Warnings)
	}
	for _, f := range one.Set.Files {
		if !reflect.DeepEqual(one.Comments[f.Path], eight.Comments[f.Path]) {
			t.Errorf("%s: comments differ between 1 and 8 jobs", f.Path)
		}
	}
	t.Logf("%d files, %d findings, %d warnings", len(one.Set.Files), len(one.Findings), len(one.Warnings))
}
