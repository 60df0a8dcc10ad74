package python

import (
	"strings"
	"testing"
	"time"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// TestBudgetStopsExtraction: with its budget spent, Extract stops within
// one reading of the clock, through the query or through the walk, and
// leaves the budget expired so that the front-end drops the facts.
func TestBudgetStopsExtraction(t *testing.T) {
	const n = 10000
	for name, src := range map[string]string{
		"query": "import time\nasync def g():\n" + strings.Repeat("    x = time.sleep(1)\n", n),
		"walk":  "async def g():\n    x = f" + strings.Repeat("()", n) + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			if name == "walk" {
				depthLimit = n / 2
				defer func() { depthLimit = queryDepthLimit }()
			}
			tree := parse(t, []byte(src))
			defer tree.Close()
			b := tsx.NewBudget(0)
			time.Sleep(time.Millisecond)
			ff, _ := Extract("m.py", "m", []byte(src), tree.RootNode(), b)
			if len(ff.Calls) >= 64 || !b.ExpiredNow() {
				t.Errorf("%d of %d calls extracted on a spent budget", len(ff.Calls), n)
			}
		})
	}
}
