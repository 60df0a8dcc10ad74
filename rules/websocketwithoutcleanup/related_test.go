package websocketwithoutcleanup_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/websocketwithoutcleanup"
)

// A removal that does not always run is a related location, with why.
func TestRemovalShown(t *testing.T) {
	dir := "testdata"
	for _, c := range []struct{ name, want string }{
		{"endless_loop", "chat.py:15:5 removed here only after an endless loop"},
		{"yield_subscribe", "pubsub.py:15:5 removed here after a yield outside try/finally"},
		{"websockets_serve", "server.py:12:5 removed here, but not on every way out"},
		{"dict_of_sets", ""},
	} {
		rep, err := check.Run(check.Options{Root: filepath.Join(dir, c.name), Rules: []*rules.Rule{websocketwithoutcleanup.Rule}, Extra: ruletest.FrontEnds, Jobs: 2})
		if err != nil || len(rep.Errors) > 0 || len(rep.Findings) == 0 {
			t.Fatalf("%s: %v %v %d findings", c.name, err, rep.Errors, len(rep.Findings))
		}
		got := ""
		for _, r := range rep.Findings[0].Related {
			got += fmt.Sprintf("%s:%d:%d %s\n", r.Path, r.Line, r.Column, r.Message)
		}
		if !strings.HasPrefix(got, c.want) || c.want == "" && got != "" {
			t.Errorf("%s: related %q, want it to start with %q", c.name, got, c.want)
		}
	}
}
