package docs_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

// benchFiles are about 1 MB of README-like Markdown and rst, a claim in
// most blocks, with links, code spans and tables.
var benchFiles = func() map[string]string {
	var md, rs strings.Builder
	for i := 0; md.Len() < 512<<10; i++ {
		fmt.Fprintf(&md, "## Run %d\n\nWe serve 23,450 req/s ([wrk](benchmarks/run_%d.sh)) with `uvloop`, 2.7x faster than Django.\n\n"+
			"| server | req/s | p99 (ms) |\n|---|---:|---:|\n| covet | 23,450 | 4.3 |\n| FastAPI | 18,234 | 5.5 |\n\n"+
			"Released in 2024 with 1,204 tests and version 1.2.%d.\n\n", i, i, i)
	}
	for i := 0; rs.Len() < 512<<10; i++ {
		fmt.Fprintf(&rs, "Run %d\n======\n\nRouting takes 850 ns, see ``benchmarks/micro_%d.py``.\n\n"+
			"=======  ======\nserver   req/s\n=======  ======\ncovet    23,450\n=======  ======\n\n", i, i)
	}
	return map[string]string{"README.md": md.String(), "docs/index.rst": rs.String()}
}()

// BenchmarkDocs runs the front-ends and the docs analyzer: parsing is
// most of it; the docs analyzer's own share shows in --timings.
func BenchmarkDocs(b *testing.B) {
	n := 0
	for _, s := range benchFiles {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		res, _ := drivertest.Run[*docs.Result](b, docs.Analyzer, benchFiles, 1)
		if res.File("README.md") == nil {
			b.Fatal("no facts")
		}
	}
}
