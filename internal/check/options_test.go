package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

// The probe rule's options, one of each type, with defaults.
var (
	words  = options.Option[[]string]{Rule: "option-probe", Name: "words", Doc: "d"}
	strict = options.Option[bool]{Rule: "option-probe", Name: "strict", Doc: "d"}
	depth  = options.Option[int64]{Rule: "option-probe", Name: "depth", Doc: "d", Default: 2}
	mode   = options.Option[string]{Rule: "option-probe", Name: "mode", Doc: "d", Default: "fast"}
)

// probe reports, once per Python file, the option values it read.
var probe = rules.New(rules.Meta{
	Code: "CVT299", Name: "option-probe", Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python}, Default: true,
	Options: []rules.Option{words.Decl(), strict.Decl(), depth.Decl(), mode.Decl()},
}, []*analysis.Analyzer{source.Analyzer}, func(pass *analysis.Pass) (any, error) {
	for _, f := range source.Of(pass).Lang(source.Python) {
		pass.Reportf(f.Pos(0), "words=%s strict=%v depth=%d mode=%s", strings.Join(words.Get(pass), "+"), strict.Get(pass), depth.Get(pass), mode.Get(pass))
	}
	return nil, nil
})

func probeRepo(t *testing.T) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.py"), []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func probeMessage(t *testing.T, dir string, values options.Values) string {
	t.Helper()
	rep, err := Run(Options{Root: dir, Rules: []*rules.Rule{probe}, RuleOptions: values, Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 {
		t.Fatalf("findings %+v", rep.Findings)
	}
	return rep.Findings[0].Message
}

func TestRuleOptionsDefaultsAndValues(t *testing.T) {
	dir := probeRepo(t)
	const defaults = "words= strict=false depth=2 mode=fast"
	if got := probeMessage(t, dir, nil); got != defaults {
		t.Errorf("defaults: %q", got)
	}
	set := options.Values{"option-probe": {"words": []string{"a", "b,c"}, "strict": true, "depth": int64(7), "mode": "slow"}}
	if got := probeMessage(t, dir, set); got != "words=a+b,c strict=true depth=7 mode=slow" {
		t.Errorf("configured: %q", got)
	}
	if got := probeMessage(t, dir, nil); got != defaults {
		t.Errorf("the previous run leaked: %q", got)
	}
	for _, bad := range []options.Values{
		{"option-probe": {"nope": "1"}},
		{"option-probe": {"depth": "7"}},
		{"no-such-rule": {"words": []string{}}},
	} {
		if _, err := Run(Options{Root: dir, Rules: []*rules.Rule{probe}, RuleOptions: bad}); err == nil {
			t.Errorf("%v should be an error", bad)
		}
	}
}

// TestRuleOptionsInParallel runs the check concurrently with different
// options: each run sees its own values, none another's.
func TestRuleOptionsInParallel(t *testing.T) {
	dir := probeRepo(t)
	for i := range 8 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			mode := fmt.Sprintf("m%d", i)
			want := fmt.Sprintf("words= strict=false depth=%d mode=%s", i, mode)
			for range 5 {
				got := probeMessage(t, dir, options.Values{"option-probe": {"depth": int64(i), "mode": mode}})
				if got != want {
					t.Fatalf("got %q, want %q", got, want)
				}
			}
		})
	}
}
