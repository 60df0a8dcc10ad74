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
	if spec := os.Getenv(childEnv); spec != "" && !strings.HasPrefix(spec, "raw:") {
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

// highCodePoints crash the unguarded parser: a digit then a code point far
// outside C's isdigit table (found by FuzzMarkdown, corpus 476475478c596d47).
var highCodePoints = []string{
	"00\U000a69a6",
	"0\U0010ffff",
	"> 12\U000a69a6 quoted\n",
	"- 3\U0010ffff. item\n",
	"| a |\n|---|\n| 7\U000a69a6 |\n",
}

// TestDigitThenHighCodePointCrashes shows, in child processes, that the
// inputs crash the grammar as they are, and that parserInput's copy does not.
func TestDigitThenHighCodePointCrashes(t *testing.T) {
	if spec := os.Getenv(childEnv); strings.HasPrefix(spec, "raw:") {
		i, _ := strconv.Atoi(spec[len("raw:"):])
		parseUnguarded([]byte(highCodePoints[i]))
		return
	}
	if spec := os.Getenv(childEnv); strings.HasPrefix(spec, "safe:") {
		i, _ := strconv.Atoi(spec[len("safe:"):])
		parseUnguarded(parserInput([]byte(highCodePoints[i])))
		return
	}
	child := func(mode string, i int) error {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDigitThenHighCodePointCrashes$")
		cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s:%d", childEnv, mode, i))
		return cmd.Run()
	}
	crashed := 0
	for i, src := range highCodePoints {
		if child("raw", i) != nil {
			crashed++
		}
		if err := child("safe", i); err != nil {
			t.Errorf("%q crashes even after parserInput: %v", src, err)
		}
	}
	if crashed == 0 {
		t.Errorf("none of the inputs crashes the raw grammar any more: re-check parserInput's reason")
	}
	t.Logf("%d of %d inputs crash the raw grammar", crashed, len(highCodePoints))
}

// TestHighCodePointFilesParse is the in-process regression test: without
// parserInput these files kill the test binary.
func TestHighCodePointFilesParse(t *testing.T) {
	files := map[string]string{}
	for i, src := range highCodePoints {
		files[fmt.Sprintf("f%d.md", i)] = src
	}
	res, set := runFrontEnd(t, files, 2)
	if len(res.Paths) != len(files) || len(set.Warnings()) != 0 {
		t.Errorf("parsed %d of %d files; warnings %v", len(res.Paths), len(files), set.Warnings())
	}
	// Facts come from the original bytes, not the parser's copy.
	if ff := res.Files["f2.md"]; len(ff.Paragraphs) != 1 || ff.Paragraphs[0].Text != "12\U000a69a6 quoted" {
		t.Errorf("f2.md paragraphs = %+v", ff.Paragraphs)
	}
	if ff := res.Files["f4.md"]; len(ff.Tables) != 1 || ff.Tables[0].Rows[1].Cells[0].Text != "7\U000a69a6" {
		t.Errorf("f4.md tables = %+v", ff.Tables)
	}
}
