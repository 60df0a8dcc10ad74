package connectionpercall_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/connectionpercall"
)

func findings(t *testing.T, dir string, rule *rules.Rule) []report.Finding {
	t.Helper()
	rep, err := check.Run(check.Options{Root: dir, Rules: []*rules.Rule{rule}, Extra: ruletest.FrontEnds, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	return rep.Findings
}

func related(f report.Finding) string {
	var b strings.Builder
	for _, r := range f.Related {
		fmt.Fprintf(&b, "%s:%d:%d %s\n", r.Path, r.Line, r.Column, r.Message)
	}
	return b.String()
}

// The harness checks messages; the chain down from the handler to the
// factory is checked here: one related location per call, outermost
// first, across files.
func TestChainAcrossFiles(t *testing.T) {
	fs := findings(t, filepath.Join("testdata", "factory_cross_file"), connectionpercall.Rule)
	got := map[string]string{}
	for _, f := range fs {
		got[fmt.Sprintf("%s:%d", f.Path, f.Line)] = related(f)
	}
	want := map[string]string{
		"app/db.py:11": "app/routes.py:10:12 request handler list_users calls session_factory once per request\n" +
			"app/db.py:15:14 session_factory calls get_engine\n",
		"app/db.py:35": "app/routes.py:21:18 request handler proxy calls fetch_json once per request\n",
	}
	if len(got) != len(want) {
		t.Fatalf("findings %q, want %q", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s related:\n%s\nwant:\n%s", k, got[k], w)
		}
	}
}
