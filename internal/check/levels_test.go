package check

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

// leveller reports twice per Python file: once at a level of its own
// (note) and once without one (the rule's warning).
var leveller = rules.New(rules.Meta{
	Code: "CVT296", Name: "level-probe", Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python},
}, []*analysis.Analyzer{source.Analyzer}, func(pass *analysis.Pass) (any, error) {
	for _, f := range source.Of(pass).Lang(source.Python) {
		d := analysis.Diagnostic{Pos: f.Pos(0), Message: "own"}
		rules.SetLevel(&d, rules.Note)
		pass.Report(d)
		pass.Report(analysis.Diagnostic{Pos: f.Pos(1), Message: "default"})
	}
	return nil, nil
})

func TestFindingLevels(t *testing.T) {
	dir := probeRepo(t)
	for _, tc := range []struct {
		levels    map[string]rules.Level
		own, dflt rules.Level
	}{
		{nil, rules.Note, rules.Warning},
		{map[string]rules.Level{"CVT296": rules.Error}, rules.Error, rules.Error},
	} {
		rep, err := Run(Options{Root: dir, Rules: []*rules.Rule{leveller}, Levels: tc.levels, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]rules.Level{}
		for _, f := range rep.Findings {
			got[f.Message] = f.Level
		}
		if got["own"] != tc.own || got["default"] != tc.dflt {
			t.Errorf("levels %v: got %v, want own %s, default %s", tc.levels, got, tc.own, tc.dflt)
		}
	}
	rep, err := Run(Options{Root: dir, Rules: []*rules.Rule{leveller}, Levels: map[string]rules.Level{"CVT296": rules.Off}, Jobs: 1})
	if err != nil || len(rep.Findings) != 0 {
		t.Errorf("off: %v %+v", err, rep.Findings)
	}
}
