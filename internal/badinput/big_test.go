package badinput

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigLineSize is the size of the one-line file: twenty times the default
// size limit.
const bigLineSize = 20 << 20

// TestTwentyMegabyteLine: a 20 MB one-line list is skipped by size; with
// the limit raised it is analysed or timed out within the budget, and
// memory stays bounded.
func TestTwentyMegabyteLine(t *testing.T) {
	dir := sharedRepo(t, "big-line", func(t *testing.T, dir string) {
		var b strings.Builder
		b.Grow(bigLineSize + 8)
		b.WriteString("x = [")
		for b.Len() < bigLineSize {
			b.WriteString("1, ")
		}
		b.WriteString("]\n")
		writeFiles(t, dir, map[string][]byte{"control.py": controlSrc, "x.py": []byte(b.String())})
	})
	t.Run("skipped-by-size", func(t *testing.T) {
		hostile{warnings: []warning{{"skipped", "x.py", `\d+ bytes is over --max-file-size`}}}.checkIn(t, dir)
	})
	t.Run("limit-raised", func(t *testing.T) {
		hostile{
			args:    []string{"--max-file-size", fmt.Sprint(2 * bigLineSize)},
			slow:    map[string]finding{"x.py": {}},
			formats: []string{"sarif"},
			// No memory bound: a one-line list of small integers costs
			// tree-sitter a node per element and comma (50 to 100 times
			// the source), and how much is built before the wall-time
			// budget cuts the parse depends on the machine's load (1.1 to
			// 1.9 GB measured here). The peak is logged; the budget and
			// the size limit are what bound it.
		}.checkIn(t, dir)
	})
}

// Test50000Files: discovery and analysis of many small files lose none
// of them: the findings in one file of every thousand are all reported.
func Test50000Files(t *testing.T) {
	const folders, perFolder = 500, 100
	var findings []finding
	dir := sharedRepo(t, "many-files", func(t *testing.T, dir string) {
		writeFiles(t, dir, map[string][]byte{"control.py": controlSrc})
		plain, blocking := []byte("x = 1\n"), blockingPy("\n")
		for f := 0; f < folders; f++ {
			folder := filepath.Join(dir, fmt.Sprintf("pkg%03d", f))
			if err := os.Mkdir(folder, 0o755); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < perFolder; i++ {
				src := plain
				if (f*perFolder+i)%1000 == 999 {
					src = blocking
				}
				if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("m%02d.py", i)), src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
	for i := 999; i < folders*perFolder; i += 1000 {
		findings = append(findings, finding{fmt.Sprintf("pkg%03d/m%02d.py", i/perFolder, i%perFolder), 5, 5, "CVT201"})
	}
	hostile{findings: findings}.checkIn(t, dir)
}

// Test100000Findings: one file, one line, 100,000 findings (fingerprints
// hashed each line once per finding were quadratic). The budget is raised:
// the case is about output, not parsing.
func Test100000Findings(t *testing.T) {
	const n = 100000
	const prefix = "async def g(): "
	var findings []finding
	for i := 0; i < n; i++ {
		findings = append(findings, finding{"x.py", 2, len(prefix) + 1 + 6*i, "CVT201"})
	}
	hostile{
		files:    map[string][]byte{"x.py": []byte("from time import sleep as s\n" + prefix + strings.Repeat("s(1); ", n) + "\n")},
		args:     []string{"--file-timeout", "60s"},
		findings: findings,
	}.check(t)
}
