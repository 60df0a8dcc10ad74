package docs_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

// TestSameClaimsEveryRun: many blocks parsed inline one after another give
// the same claims and links on every run. smacker's context watcher could
// cancel the next inline parse at random, dropping the links of every
// later block (about one run in five on this document).
func TestSameClaimsEveryRun(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		fmt.Fprintf(&b, "Block %d serves %d,000 req/s ([wrk](benchmarks/run_%d.sh)).\n\n", i, i+1, i)
	}
	files := map[string]string{"README.md": b.String()}
	first := ""
	for run := range 60 {
		res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, files, 2)
		var got strings.Builder
		for _, c := range res.File("README.md").Claims {
			fmt.Fprintf(&got, "%s %v\n", c.Raw, c.Refs)
			// A link the inline grammar found spans "[wrk](...)"; a path
			// read from the text only spans the path.
			if len(c.Refs) != 1 || files["README.md"][c.Refs[0].Span.Start] != '[' {
				t.Fatalf("run %d: %s has no parsed link: %v", run, c.Raw, c.Refs)
			}
		}
		if first == "" {
			first = got.String()
		} else if got.String() != first {
			t.Fatalf("run %d differs:\n%s\nfirst:\n%s", run, got.String(), first)
		}
	}
}
