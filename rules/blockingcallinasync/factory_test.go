package blockingcallinasync_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/ruletest"
	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
)

// TestFactoryOrigins: a call classified through the repository's factories
// links each definition followed, nearest first, as related locations.
func TestFactoryOrigins(t *testing.T) {
	rep, err := check.Run(check.Options{Root: filepath.Join("testdata", "factory_subclass"), Rules: []*rules.Rule{blockingcallinasync.Rule}, Extra: ruletest.FrontEnds, Jobs: 2})
	if err != nil || len(rep.Errors) > 0 {
		t.Fatal(err, rep.Errors)
	}
	got := map[int]string{}
	for _, f := range rep.Findings {
		var b strings.Builder
		for _, r := range f.Related {
			fmt.Fprintf(&b, "%s:%d:%d %s\n", r.Path, r.Line, r.Column, r.Message)
		}
		got[f.Line] = b.String()
	}
	want := map[int]string{
		6: "app/cache.py:7:7 app.cache.Cache: class Cache(redis.Redis):\n",
		8: "app/cache.py:16:1 app.cache.cache: cache = Cache()\n" +
			"app/cache.py:7:7 app.cache.Cache: class Cache(redis.Redis):\n",
	}
	for line, w := range want {
		if got[line] != w {
			t.Errorf("line %d related:\n%s\nwant:\n%s", line, got[line], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings on lines %v, want %d", got, len(want))
	}
}
