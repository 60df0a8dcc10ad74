package markdown

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tsmd "github.com/smacker/go-tree-sitter/markdown/tree-sitter-markdown"
)

// nested builds Markdown nested n containers deep in several shapes.
var nested = map[string]func(n int) string{
	"quotes":        func(n int) string { return strings.Repeat("> ", n) + "x\n" },
	"quotes-tight":  func(n int) string { return strings.Repeat(">", n) + "x\n" },
	"bullets":       func(n int) string { return strings.Repeat("- ", n) + "x\n" },
	"ordered":       func(n int) string { return strings.Repeat("1. ", n) + "x\n" },
	"quote-list":    func(n int) string { return strings.Repeat("> - ", n/2) + strings.Repeat("> ", n%2) + "x\n" },
	"indented-list": indentedList,
	"tabbed-list":   func(n int) string { return strings.Repeat("-\t", n) + "x\n" },
}

// indentedList nests list items one per line, each indented under the last.
func indentedList(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

const childEnv = "COVET_MD_CRASH_CHILD"

// TestCrashDepth finds, in a child process (a crash in C must not kill the
// test binary), the nesting depth at which the block grammar crashes, and
// checks that the guard skips such files with a wide margin.
func TestCrashDepth(t *testing.T) {
	if spec := os.Getenv(childEnv); spec != "" {
		shape, n, _ := strings.Cut(spec, ":")
		depth, _ := strconv.Atoi(n)
		parseUnguarded([]byte(nested[shape](depth)))
		return
	}
	crashes := func(shape string, n int) bool {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashDepth$")
		cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s:%d", childEnv, shape, n))
		out, err := cmd.CombinedOutput()
		if err != nil && !strings.Contains(string(out), "SIGSEGV") && !strings.Contains(string(out), "signal") {
			t.Fatalf("%s:%d: child failed without a crash: %v\n%s", shape, n, err, out)
		}
		return err != nil
	}
	for _, shape := range []string{"quotes", "quotes-tight", "bullets", "indented-list"} {
		t.Run(shape, func(t *testing.T) {
			lo, hi := MaxDepth, 1024 // lo parses, hi crashes
			if crashes(shape, lo) {
				t.Fatalf("parsing %d levels crashes: the guard at MaxDepth=%d is too high", lo, MaxDepth)
			}
			if !crashes(shape, hi) {
				t.Fatalf("no crash up to %d levels: the grammar changed; re-measure and revisit MaxDepth", hi)
			}
			for hi-lo > 1 {
				mid := (lo + hi) / 2
				if crashes(shape, mid) {
					hi = mid
				} else {
					lo = mid
				}
			}
			t.Logf("%s: crashes at %d levels", shape, hi)
			if hi < 2*MaxDepth {
				t.Errorf("crash at %d levels leaves less than 2x margin over MaxDepth=%d", hi, MaxDepth)
			}
			if d := nestingDepth([]byte(nested[shape](hi)), MaxDepth); d <= MaxDepth {
				t.Errorf("the guard estimates %d levels for the crashing input and would parse it", d)
			}
		})
	}
}

func parseUnguarded(src []byte) {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tsmd.GetLanguage())
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err == nil {
		tree.Close()
	}
}
