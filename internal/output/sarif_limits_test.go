package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// TestSARIFResultLimit: code scanning rejects a run with more than 25,000
// results, so the log keeps the most serious 25,000 in report order and
// says how many it left out.
func TestSARIFResultLimit(t *testing.T) {
	var fs []report.Finding
	add := func(n int, code string, level rules.Level) {
		for i := 0; i < n; i++ {
			fs = append(fs, report.Finding{Code: code, Level: level, Message: "m", Location: loc("a.py", len(fs)+1, 1, len(fs)+1, 2)})
		}
	}
	add(10, "CVT301", rules.Note) // notes first in report order: they are the ones dropped
	add(MaxSARIFResults-15, "CVT201", rules.Warning)
	add(10, "CVT101", rules.Error)
	rep := sampleReport()
	rep.Findings = fs
	var b bytes.Buffer
	if err := SARIF(&b, rep, SARIFOptions{Version: "1", Rules: sampleRules}); err != nil {
		t.Fatal(err)
	}
	var d struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Locations []sarifLoc
			}
			Invocations []struct {
				ToolExecutionNotifications []struct {
					Message    struct{ Text string }
					Descriptor struct{ ID string }
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	res := d.Runs[0].Results
	if len(res) != MaxSARIFResults {
		t.Fatalf("%d results, want %d", len(res), MaxSARIFResults)
	}
	notes := 0
	prev := 0
	for _, r := range res {
		if r.RuleID == "CVT301" {
			notes++
		}
		line := r.Locations[0].PhysicalLocation.Region.StartLine
		if line < prev {
			t.Fatal("results out of report order")
		}
		prev = line
	}
	if notes != 5 {
		t.Errorf("%d notes kept, want the 5 that fit after every error and warning", notes)
	}
	found := false
	for _, n := range d.Runs[0].Invocations[0].ToolExecutionNotifications {
		if n.Descriptor.ID == "results-limit" && strings.HasPrefix(n.Message.Text, "5 of 25005 findings left out") {
			found = true
		}
	}
	if !found {
		t.Error("no notification says how many findings were left out")
	}
}

func TestSARIFRelatedLocationLimit(t *testing.T) {
	f := report.Finding{Code: "CVT201", Level: rules.Warning, Message: "m", Location: loc("a.py", 1, 1, 1, 2)}
	for i := 0; i < MaxRelatedLocations+7; i++ {
		f.Related = append(f.Related, report.Related{Location: loc("b.py", i+1, 1, i+1, 2), Message: "step"})
	}
	out := parseSARIF(t, writeSARIF(t, SARIFOptions{Version: "1", Rules: sampleRules}, f))
	r := out.Runs[0].Results[0]
	if len(r.RelatedLocations) != MaxRelatedLocations {
		t.Errorf("%d related locations, want %d", len(r.RelatedLocations), MaxRelatedLocations)
	}
	if !strings.Contains(r.Message.Text, "7 more related locations left out") {
		t.Errorf("message does not say what was left out: %.200s", r.Message.Text)
	}
}
