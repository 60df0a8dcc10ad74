package blockingcallviahelper_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallviahelper"
)

// findings runs the rule on one case.
func findings(t *testing.T, name string) []report.Finding {
	t.Helper()
	rep, err := check.Run(check.Options{Root: filepath.Join("testdata", name), Rules: []*rules.Rule{blockingcallviahelper.Rule}, Extra: ruletest.FrontEnds, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	return rep.Findings
}

// instead is the advice the blocking table gives for a callee.
func instead(callee string) string {
	b, ok := blocking.LookupPython(callee)
	if !ok {
		panic(callee + " is not blocking")
	}
	return b.Instead
}

// related renders a finding's related locations as path:line:col message.
func related(f report.Finding) string {
	var b strings.Builder
	for _, r := range f.Related {
		fmt.Fprintf(&b, "%s:%d:%d %s\n", r.Path, r.Line, r.Column, r.Message)
	}
	return b.String()
}

// The harness checks messages; the related locations are checked here: one
// per step, each at the helper's call of the next step, then the blocking
// call itself, across files.
func TestRelatedAcrossModules(t *testing.T) {
	fs := findings(t, "three_modules")
	if len(fs) != 1 {
		t.Fatalf("want 1 finding, got %d: %+v", len(fs), fs)
	}
	f := fs[0]
	if f.Path != "pkg/app.py" || f.Line != 5 || f.Column != 12 || f.EndColumn != 25 {
		t.Errorf("finding at %s:%d:%d-%d, want pkg/app.py:5:12-25 (the callee)", f.Path, f.Line, f.Column, f.EndColumn)
	}
	want := "pkg/settings.py:5:12 load_settings calls read_file\n" +
		"pkg/files.py:2:10 read_file calls open(), which blocks; " + instead("open") + "\n"
	if got := related(f); got != want {
		t.Errorf("related:\n%s\nwant:\n%s", got, want)
	}
}

func TestRelatedMethodsAndDepth(t *testing.T) {
	got := map[int]string{}
	for _, f := range findings(t, "self_methods") {
		if f.Path == "pkg/store.py" {
			got[f.Line] = related(f)
		}
	}
	// self.load() -> Store.load -> Repository.fetch (another module) -> open.
	want := "pkg/store.py:14:16 Store.load calls Repository.fetch\n" +
		"pkg/base.py:9:16 Repository.fetch calls open(), which blocks; " + instead("open") + "\n"
	if got[24] != want {
		t.Errorf("self.load() related:\n%s\nwant:\n%s", got[24], want)
	}

	fs := findings(t, "depth3")
	if len(fs) != 1 {
		t.Fatalf("depth3: want 1 finding, got %d", len(fs))
	}
	want = "app.py:17:23 greeting calls user_name\n" +
		"app.py:13:12 user_name calls fetch_user\n" +
		"app.py:9:12 fetch_user calls fetch\n" +
		"app.py:5:12 fetch calls requests.get(), which blocks; " + instead("requests.get") + "\n"
	if got := related(fs[0]); got != want {
		t.Errorf("depth3 related:\n%s\nwant:\n%s", got, want)
	}
}

// A cycle that blocks is reported once per call site and its chain stops at
// the blocking call.
func TestRelatedCycle(t *testing.T) {
	for _, f := range findings(t, "cycles") {
		if f.Line == 28 {
			want := "app.py:13:9 walk calls visit\n" +
				"app.py:18:9 visit calls open(), which blocks; " + instead("open") + "\n"
			if got := related(f); got != want {
				t.Errorf("walk() related:\n%s\nwant:\n%s", got, want)
			}
			return
		}
	}
	t.Error("no finding for walk() on line 28")
}

// A very deep chain keeps its first steps and always ends at the blocking
// call, so findings stay small however deep the repository's helpers go.
func TestRelatedDeepChainIsBounded(t *testing.T) {
	for _, f := range findings(t, "long_chain") {
		if !strings.HasPrefix(f.Message, "step1()") {
			continue
		}
		if len(f.Related) != 50 {
			t.Fatalf("%d related locations, want 50", len(f.Related))
		}
		if r := f.Related[48]; r.Message != "step49 calls step50" || r.Line != 197 {
			t.Errorf("related[48] = %d %q, want line 197 step49 calls step50", r.Line, r.Message)
		}
		if r := f.Related[49]; r.Message != "step60 calls time.sleep(), which blocks; "+instead("time.sleep") || r.Line != 241 {
			t.Errorf("last related = %d %q, want line 241 step60 calls time.sleep()", r.Line, r.Message)
		}
		return
	}
	t.Error("no finding for step1()")
}

// Findings, messages and related locations do not depend on the worker
// count.
func TestDeterministic(t *testing.T) {
	for _, name := range []string{"self_methods", "ties_by_names", "cycles", "rust_shortest_chain", "rust_cycles", "rust_self_methods", "rust_workspace"} {
		var outs []string
		for _, jobs := range []int{1, 4} {
			rep, err := check.Run(check.Options{Root: filepath.Join("testdata", name), Rules: []*rules.Rule{blockingcallviahelper.Rule}, Extra: ruletest.FrontEnds, Jobs: jobs})
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, f := range rep.Findings {
				fmt.Fprintf(&b, "%s:%d:%d %s\n%s", f.Path, f.Line, f.Column, f.Message, related(f))
			}
			outs = append(outs, b.String())
		}
		if outs[0] != outs[1] || outs[0] == "" {
			t.Errorf("%s: output differs between 1 and 4 workers or is empty:\n%s\n---\n%s", name, outs[0], outs[1])
		}
	}
}
