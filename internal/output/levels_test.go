package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// mixedLevels is a report where one rule (CVT201, a warning by default)
// gave its two findings different levels.
func mixedLevels() *check.Report {
	rep := textReport("open(p)\ntime.sleep(1)\n", loc("", 1, 1, 1, 5), loc("", 2, 1, 2, 11))
	rep.Findings[0].Level, rep.Findings[1].Level = rules.Note, rules.Warning
	for i := range rep.Findings {
		rep.Findings[i].Name, rep.Findings[i].Related = "blocking-call-in-async", []report.Related{}
	}
	return rep
}

func TestPerFindingLevels(t *testing.T) {
	rep := mixedLevels()

	var b bytes.Buffer
	if err := SARIF(&b, rep, SARIFOptions{Version: "1.2.3", Rules: []*rules.Rule{ruleWarning}}); err != nil {
		t.Fatal(err)
	}
	run := parseSARIF(t, b.Bytes()).Runs[0]
	if got := run.Tool.Driver.Rules[0].DefaultConfiguration.Level; got != "warning" {
		t.Errorf("SARIF defaultConfiguration.level = %q, want the rule's warning", got)
	}
	if len(run.Results) != 2 || run.Results[0].Level != "note" || run.Results[1].Level != "warning" {
		t.Errorf("SARIF result levels: %+v", run.Results)
	}

	b.Reset()
	if err := JSON(&b, rep); err != nil {
		t.Fatal(err)
	}
	var doc struct{ Findings []struct{ Level string } }
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) != 2 || doc.Findings[0].Level != "note" || doc.Findings[1].Level != "warning" {
		t.Errorf("JSON levels: %+v", doc.Findings)
	}

	var tb strings.Builder
	if err := Text(&tb, rep, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	text := tb.String()
	if !strings.Contains(text, bold+green+"CVT201"+reset+" m\n") || !strings.Contains(text, bold+yel+"CVT201"+reset+" m\n") {
		t.Errorf("text colours the code by the finding's level:\n%q", text)
	}

	b.Reset()
	if err := GitHub(&b, rep, func(rel string) string { return rel }); err != nil {
		t.Fatal(err)
	}
	if gh := b.String(); !strings.Contains(gh, "::notice file=app.py,line=1") || !strings.Contains(gh, "::warning file=app.py,line=2") {
		t.Errorf("github annotations by level:\n%s", gh)
	}
}
