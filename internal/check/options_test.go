package check

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

// optionRule reports, once per Python file, the option values it saw.
func optionRule(t *testing.T) *rules.Rule {
	var words rules.StringList
	var strict bool
	var depth int
	var mode string
	r := rules.New(rules.Meta{
		Code: "CVT299", Name: "option-probe", Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python}, Default: true,
		Options: []rules.Option{{Name: "words", Type: "list"}, {Name: "strict", Type: "bool"}, {Name: "depth", Type: "int"}, {Name: "mode", Type: "string"}},
	}, []*analysis.Analyzer{source.Analyzer}, func(pass *analysis.Pass) (any, error) {
		set := pass.ResultOf[source.Analyzer].(*source.Set)
		for _, f := range set.Lang(source.Python) {
			pass.Reportf(f.Pos(0), "words=%s strict=%v depth=%d mode=%s", strings.Join(words, "+"), strict, depth, mode)
		}
		return nil, nil
	})
	r.Analyzer.Flags.Var(&words, "words", "")
	r.Analyzer.Flags.BoolVar(&strict, "strict", false, "")
	r.Analyzer.Flags.IntVar(&depth, "depth", 2, "")
	r.Analyzer.Flags.StringVar(&mode, "mode", "fast", "")
	return r
}

func TestRuleOptionsAreSetAndReset(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.py"), []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := optionRule(t)
	msg := func(opts map[string]map[string]string) string {
		t.Helper()
		rep, err := Run(Options{Root: dir, Rules: []*rules.Rule{r}, RuleOptions: opts, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Findings) != 1 {
			t.Fatalf("findings %+v", rep.Findings)
		}
		return rep.Findings[0].Message
	}
	if got := msg(nil); got != "words= strict=false depth=2 mode=fast" {
		t.Errorf("defaults: %q", got)
	}
	set := map[string]map[string]string{"option-probe": {"words": `["a","b,c"]`, "strict": "true", "depth": "7", "mode": "slow"}}
	if got := msg(set); got != "words=a+b,c strict=true depth=7 mode=slow" {
		t.Errorf("configured: %q", got)
	}
	if got := msg(nil); got != "words= strict=false depth=2 mode=fast" {
		t.Errorf("the previous run leaked: %q", got)
	}
	if got := msg(map[string]map[string]string{"option-probe": {"words": "x, y"}}); got != "words=x+y strict=false depth=2 mode=fast" {
		t.Errorf("comma-separated list: %q", got)
	}
	if _, err := Run(Options{Root: dir, Rules: []*rules.Rule{r}, RuleOptions: map[string]map[string]string{"option-probe": {"nope": "1"}}}); err == nil {
		t.Error("an option the rule does not have should be an error")
	}
	var _ flag.Value = (*rules.StringList)(nil)
}
