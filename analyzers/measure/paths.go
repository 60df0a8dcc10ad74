package measure

import (
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// BenchmarkPath says why a file is benchmark code by its path alone: a
// benchmark folder ("in benchmarks/") or a benchmark-like file name
// ("named bench_*.py"); ok is false otherwise.
func BenchmarkPath(p string) (why string, ok bool) {
	if dir := benchmarkFolder(p); dir != "" {
		return "in " + dir + "/", true
	}
	base := path.Base(p)
	switch {
	case strings.HasSuffix(base, ".py"):
		name := strings.ToLower(strings.TrimSuffix(base, ".py"))
		switch {
		case strings.HasPrefix(name, "bench"):
			return "named bench*.py", true
		case strings.HasSuffix(name, "_bench"):
			return "named *_bench.py", true
		case strings.Contains(name, "benchmark"):
			return "named *benchmark*.py", true
		case strings.HasPrefix(name, "perf_"):
			return "named perf_*.py", true
		case strings.HasSuffix(name, "_perf"):
			return "named *_perf.py", true
		case strings.HasPrefix(name, "locustfile"):
			return "named locustfile*.py", true
		}
	case strings.HasSuffix(base, ".rs"):
		name := strings.ToLower(strings.TrimSuffix(base, ".rs"))
		if strings.HasPrefix(name, "bench") || strings.HasSuffix(name, "_bench") {
			return "named " + base, true
		}
	}
	return "", false
}

// benchmarkFolder is the first benchmark folder on p's path, or "".
func benchmarkFolder(p string) string {
	dir := path.Dir(p)
	if dir == "." {
		return ""
	}
	for _, d := range strings.Split(dir, "/") {
		for _, b := range source.BenchmarkFolders {
			if strings.EqualFold(d, b) {
				return d
			}
		}
	}
	return ""
}

// testPath reports whether p is test code by its path (tests/, test_*.py,
// *_test.py, conftest.py): pytest-benchmark tests live there.
func testPath(p string) bool {
	base := path.Base(p)
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py" {
		return true
	}
	for _, d := range strings.Split(path.Dir(p), "/") {
		if d == "tests" || d == "test" {
			return true
		}
	}
	return false
}
