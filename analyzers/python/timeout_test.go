package python_test

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver"
)

// TestTimedOutFileDropped: a hostile file that cannot be analysed within
// its budget is reported timed out through the driver and leaves no facts,
// while the file beside it is analysed in full.
func TestTimedOutFileDropped(t *testing.T) {
	in := []driver.Input{
		{Path: "chain.py", Src: []byte("async def g():\n    x = f" + strings.Repeat("()", 300000) + "\n")},
		{Path: "ok.py", Src: []byte("import time\nasync def g():\n    time.sleep(1)\n")},
	}
	var facts *python.Result
	probe := &analysis.Analyzer{Name: "probe", Doc: "keeps the python facts", Requires: []*analysis.Analyzer{python.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			facts = pass.ResultOf[python.Analyzer].(*python.Result)
			return nil, nil
		}}
	res, err := driver.Run(in, []*analysis.Analyzer{probe}, driver.Config{Settings: source.Settings{Jobs: 2, FileTimeout: time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	var timedOut []string
	for _, w := range res.Set.Warnings() {
		if w.Kind == source.TimedOut {
			timedOut = append(timedOut, w.Path)
		}
	}
	if len(timedOut) != 1 || timedOut[0] != "chain.py" {
		t.Errorf("timed out: %v, want [chain.py]", timedOut)
	}
	if _, ok := facts.Files["chain.py"]; ok {
		t.Error("facts of the timed-out file were kept")
	}
	if ff := facts.Files["ok.py"]; ff == nil || len(ff.Calls) != 1 || ff.Calls[0].Callee != "time.sleep" {
		t.Errorf("ok.py: %+v", ff)
	}
}
