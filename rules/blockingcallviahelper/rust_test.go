package blockingcallviahelper_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallviahelper"
)

// rustInstead is the advice the blocking table gives for a Rust callee.
func rustInstead(callee string) string {
	b, _, ok := blocking.LookupRust(callee)
	if !ok {
		panic(callee + " is not blocking")
	}
	return b.Instead
}

// One related location per step, each at the call of the next fn, then
// the blocking call, across three modules.
func TestRustRelatedAcrossModules(t *testing.T) {
	fs := findings(t, "rust_three_modules")
	if len(fs) != 1 {
		t.Fatalf("want 1 finding, got %d: %+v", len(fs), fs)
	}
	f := fs[0]
	if f.Path != "src/server/routes.rs" || f.Line != 6 || f.Column != 13 || f.EndColumn != 21 {
		t.Errorf("finding at %s:%d:%d-%d, want src/server/routes.rs:6:13-21 (the callee)", f.Path, f.Line, f.Column, f.EndColumn)
	}
	want := "src/config/files.rs:2:5 config::files::settings calls config::files::read\n" +
		"src/config/files.rs:6:5 config::files::read calls config::raw::bytes\n" +
		"src/config/raw.rs:4:5 config::raw::bytes calls std::fs::read(), which blocks; " + rustInstead("std::fs::read") + "\n"
	if got := related(f); got != want {
		t.Errorf("related:\n%s\nwant:\n%s", got, want)
	}
}

// writeRustChain writes a crate of one file whose fns each call the next,
// n deep, the last one sleeping, and an async fn calling the first.
func writeRustChain(t testing.TB, n int) string {
	dir := t.TempDir()
	var s strings.Builder
	s.WriteString("async fn handler() {\n    step0();\n}\n\n")
	for i := 0; i < n-1; i++ {
		fmt.Fprintf(&s, "fn step%d() {\n    step%d();\n}\n\n", i, i+1)
	}
	fmt.Fprintf(&s, "fn step%d() {\n    std::thread::sleep(std::time::Duration::from_millis(1));\n}\n", n-1)
	files := map[string]string{
		"Cargo.toml": "[package]\nname = \"chain\"\nversion = \"0.1.0\"\n",
		"src/lib.rs": s.String(),
	}
	for p, src := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runRule(t testing.TB, dir string) []report.Finding {
	rep, err := check.Run(check.Options{Root: dir, Rules: []*rules.Rule{blockingcallviahelper.Rule}, Extra: ruletest.FrontEnds, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	return rep.Findings
}

// A deep chain shows its first five fns and its last in the message, and
// 50 related locations ending at the blocking call.
func TestRustDeepChainIsBounded(t *testing.T) {
	fs := runRule(t, writeRustChain(t, 60))
	if len(fs) != 1 {
		t.Fatalf("want 1 finding, got %d", len(fs))
	}
	f := fs[0]
	want := "step0() blocks the async runtime: step0 -> step1 -> step2 -> step3 -> step4 -> ... (54 more) -> step59 -> std::thread::sleep; make step59 async (tokio::time::sleep) or run it with tokio::task::spawn_blocking(...)"
	if f.Message != want {
		t.Errorf("message:\n%s\nwant:\n%s", f.Message, want)
	}
	if len(f.Related) != 50 {
		t.Fatalf("%d related locations, want 50", len(f.Related))
	}
	if r := f.Related[49]; !strings.HasPrefix(r.Message, "step59 calls std::thread::sleep(), which blocks") {
		t.Errorf("last related = %q", r.Message)
	}
}

// BenchmarkRustChain measures the whole check (parsing included) on one
// file holding a chain of 100,000 fns: the rule's time must grow linearly
// with the chain (compare with -bench RustChain at smaller sizes).
func BenchmarkRustChain(b *testing.B) {
	for _, n := range []int{25_000, 50_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := writeRustChain(b, n)
			b.ResetTimer()
			for b.Loop() {
				// The file is a few MB: past the default size and time limits.
				rep, err := check.Run(check.Options{Root: dir, Rules: []*rules.Rule{blockingcallviahelper.Rule}, Extra: ruletest.FrontEnds, Jobs: 2,
					MaxFileSize: 64 << 20, FileTimeout: 10 * time.Minute})
				if err != nil {
					b.Fatal(err)
				}
				if len(rep.Findings) != 1 || len(rep.Warnings) > 0 {
					b.Fatalf("%d findings (want 1), warnings %v", len(rep.Findings), rep.Warnings)
				}
				for _, t := range rep.Timings {
					if t.Phase == "rule CVT202" {
						b.ReportMetric(float64(t.Duration.Microseconds()), "rule-µs/op")
					}
				}
			}
		})
	}
}
