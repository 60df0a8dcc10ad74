package python

import (
	"context"
	"strings"
	"testing"
	"time"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// TestBudgetStopsExtraction: with its budget spent, Extract stops within
// one reading of the clock and leaves the budget expired, so that the
// front-end drops the facts.
func TestBudgetStopsExtraction(t *testing.T) {
	const n = 10000
	src := "import time\nasync def g():\n" + strings.Repeat("    x = time.sleep(1)\n", n)
	parser := sitter.NewParser()
	defer parser.Close()
	parser.SetLanguage(tspython.GetLanguage())
	tree, err := parser.ParseCtx(context.Background(), nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	b := tsx.NewBudget(0)
	time.Sleep(time.Millisecond)
	ff, _ := Extract("m.py", "m", []byte(src), tree.RootNode(), b)
	if len(ff.Calls) >= 64 || !b.ExpiredNow() {
		t.Errorf("%d of %d calls extracted on a spent budget", len(ff.Calls), n)
	}
}
