package docs_test

import (
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

// FuzzDocs reads arbitrary bytes as a Markdown and an rst file: no panic,
// every claim's Raw is the file's text at its Span (markup blanked to
// spaces), and every reference stands inside the file.
func FuzzDocs(f *testing.F) {
	f.Add(repo["README.md"])
	f.Add(repo["docs/perf.rst"])
	f.Add("| a | req/s |\n|---|---|\n| `x_y` | 9,000 [l](b/c.py) <!-- c --> |\n\n> 2x faster than `Django`\n> and 3 ms\n")
	f.Add("``keep_alive`` (5 s) ``a b/c.py`` `t <x.py>`_ 1 ms [1]_\n\n.. [1] https://x\n")
	f.Fuzz(func(t *testing.T, src string) {
		files := map[string]string{"README.md": src, "docs/index.rst": src, "benchmarks/run.py": ""}
		res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, files, 1)
		for f, c := range res.Claims() {
			if c.Span.Start < 0 || c.Span.End > len(src) || c.Span.End-c.Span.Start != len(c.Raw) {
				t.Fatalf("%s: %q does not stand at %v", f.Path, c.Raw, c.Span)
			}
			for i := range len(c.Raw) {
				if c.Raw[i] != src[c.Span.Start+i] && c.Raw[i] != ' ' {
					t.Fatalf("%s: %q is not the text at %v", f.Path, c.Raw, c.Span)
				}
			}
			for _, r := range c.Refs {
				if r.Span.Start < 0 || r.Span.End > len(src) || r.Span.Start > r.Span.End {
					t.Fatalf("%s: reference %+v outside a %d-byte file", f.Path, r, len(src))
				}
			}
		}
	})
}
