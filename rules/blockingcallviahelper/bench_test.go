package blockingcallviahelper_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallviahelper"
)

// writeChainRepo writes a package of modules whose functions call the
// same-named function of the next module and the next function of their
// own, all in one big cycle; one function at the end sleeps, so every
// function blocks through a chain up to modules*funcs deep. Each module has
// a class whose async method calls helpers through self and directly.
func writeChainRepo(b *testing.B, modules, funcs int) string {
	dir := b.TempDir()
	pkg := filepath.Join(dir, "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "__init__.py"), nil, 0o644); err != nil {
		b.Fatal(err)
	}
	for m := 0; m < modules; m++ {
		var s strings.Builder
		next := (m + 1) % modules
		fmt.Fprintf(&s, "import time\nfrom pkg import mod%d as nxt\n\n", next)
		for f := 0; f < funcs; f++ {
			fmt.Fprintf(&s, "def f%d(x):\n    nxt.f%d(x)\n    f%d(x)\n", f, f, (f+1)%funcs)
			if m == modules-1 && f == funcs-1 {
				s.WriteString("    time.sleep(1)\n")
			}
			s.WriteString("\n")
		}
		fmt.Fprintf(&s, "class C:\n    def meth(self):\n        return f0(1)\n\n    async def handler(self):\n        self.meth()\n        f1(2)\n")
		if err := os.WriteFile(filepath.Join(pkg, fmt.Sprintf("mod%d.py", m)), []byte(s.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkChains measures the whole check (parsing included) on 200
// modules of 30 functions: 6,000 functions in one cycle, 400 findings.
func BenchmarkChains(b *testing.B) {
	dir := writeChainRepo(b, 200, 30)
	b.ResetTimer()
	for b.Loop() {
		rep, err := check.Run(check.Options{Root: dir, Rules: []*rules.Rule{blockingcallviahelper.Rule}, Extra: ruletest.FrontEnds, Jobs: 2})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Findings) != 400 {
			b.Fatalf("%d findings, want 400", len(rep.Findings))
		}
		for _, t := range rep.Timings {
			if t.Phase == "rule CVT202" {
				b.ReportMetric(float64(t.Duration.Microseconds()), "rule-µs/op")
			}
		}
	}
}
