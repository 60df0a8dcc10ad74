package measure_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

// run runs the analyzer over in-memory files.
func run(t *testing.T, files map[string]string) *measure.Result {
	t.Helper()
	r, _ := drivertest.Run[*measure.Result](t, measure.Analyzer, files, 2)
	return r
}

// names lists path#name of every benchmark.
func names(r *measure.Result) []string {
	var out []string
	for b := range r.Benchmarks() {
		out = append(out, b.Path+"#"+b.Name)
	}
	return out
}

func TestBenchmarkByPath(t *testing.T) {
	r := run(t, map[string]string{
		"benchmarks/run.py":      "x = 1\n",
		"bench_json.py":          "x = 1\n",
		"src/app.py":             "x = 1\n",
		"tools/perf/load.py":     "x = 1\n",
		"benches/routing.rs":     "fn main() {}\n",
		"src/lib.rs":             "fn f() {}\n",
		"src/benchmark_utils.py": "x = 1\n",
	})
	got := names(r)
	want := []string{"bench_json.py#", "benches/routing.rs#", "benchmarks/run.py#", "src/benchmark_utils.py#", "tools/perf/load.py#"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	n := 0
	for range r.InFile("./benchmarks/run.py") {
		n++
	}
	if n != 1 {
		t.Errorf("InFile(./benchmarks/run.py) gave %d benchmarks, want 1", n)
	}
}

func TestBenchmarkPath(t *testing.T) {
	for p, want := range map[string]bool{
		"benchmarks/a.py": true, "Bench/a.py": true, "perf_router.py": true, "router_perf.py": true,
		"locustfile.py": true, "json_bench.py": true, "a/loadtests/x.py": true, "stress/x.py": true,
		"app.py": false, "tests/test_app.py": false, "performance.md": false, "benchmarking/x.py": false,
	} {
		if _, got := measure.BenchmarkPath(p); got != want {
			t.Errorf("BenchmarkPath(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestEqual(t *testing.T) {
	if !measure.Equal(23450, 23.45e3) || measure.Equal(23450, 23451) || !measure.Equal(0, 0) {
		t.Error("Equal compares with a relative tolerance of 1e-9")
	}
}
