package badinput

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/output"
	"github.com/covet-lint/covet-lint/internal/output/sarif/sariftest"
)

// shown is a root-relative path as text output and stderr show it when
// the working folder is the root.
func shown(p string) string { return output.Escape(filepath.FromSlash(p)) }

// The parts of a SARIF log the suite reads.
type (
	sarifLog struct {
		Runs []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Results     []sarifResult     `json:"results"`
		Invocations []sarifInvocation `json:"invocations"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		Notifications       []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level   string `json:"level"`
		Message struct {
			Text string `json:"text"`
		} `json:"message"`
		Descriptor struct {
			ID string `json:"id"`
		} `json:"descriptor"`
		Locations []sarifLocation `json:"locations"`
	}
)

// path is the location's root-relative path, percent-decoded.
func (l sarifLocation) path() string {
	u := l.PhysicalLocation.ArtifactLocation.URI
	p, err := url.PathUnescape(u)
	if err != nil {
		return "undecodable uri " + u
	}
	return p
}

// checkSARIF validates the log against the schema and requires the
// findings and no others, one successful invocation, and one notification per warning
// or note (the expected ones and the slow files that timed out), with the
// file as its location.
func checkSARIF(t *testing.T, log []byte, want []finding, timedOut map[string]bool, warnings []warning) {
	t.Helper()
	if err := sariftest.Validate(schemaSample(t, log)); err != nil {
		t.Errorf("SARIF breaks the schema: %v", err)
	}
	var l sarifLog
	if err := json.Unmarshal(log, &l); err != nil || len(l.Runs) != 1 {
		t.Fatalf("SARIF: %v, %d runs", err, len(l.Runs))
	}
	run := l.Runs[0]
	got := map[finding]bool{}
	for _, r := range run.Results {
		for _, loc := range r.Locations {
			reg := loc.PhysicalLocation.Region
			got[finding{loc.path(), reg.StartLine, reg.StartColumn, r.RuleID}] = true
		}
	}
	// Past code scanning's limit the log keeps MaxSARIFResults of them and
	// says so in a notification.
	limited := len(want) > output.MaxSARIFResults
	if limited && len(run.Results) != output.MaxSARIFResults {
		t.Errorf("SARIF has %d results for %d findings, want the limit %d", len(run.Results), len(want), output.MaxSARIFResults)
	}
	for _, f := range want {
		if !got[f] && !limited {
			t.Errorf("SARIF lacks the result %+v", f)
		}
		delete(got, f)
	}
	for f := range got {
		t.Errorf("unexpected SARIF result %+v", f)
	}
	if len(run.Invocations) != 1 {
		t.Errorf("SARIF has %d invocations, want 1 (with the skipped files as notifications)", len(run.Invocations))
		return
	}
	inv := run.Invocations[0]
	if !inv.ExecutionSuccessful {
		t.Errorf("SARIF invocation not successful")
	}
	for p := range timedOut {
		warnings = append(warnings, warning{"timed-out", p, ""})
	}
	used := make([]bool, len(inv.Notifications))
	if limited {
		said := false
		for i, n := range inv.Notifications {
			if n.Descriptor.ID == "results-limit" && n.Level == "warning" {
				used[i], said = true, true
			}
		}
		if !said {
			t.Errorf("SARIF leaves findings out without a results-limit notification")
		}
	}
	for _, w := range warnings {
		found := false
		for i, n := range inv.Notifications {
			if !used[i] && n.about(w) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("SARIF has no %s notification (%s) for %q", w.label(), w.kind, w.path)
		}
	}
	for i, n := range inv.Notifications {
		if !used[i] {
			t.Errorf("unexpected SARIF notification: %s %s %q", n.Level, n.Descriptor.ID, n.Message.Text)
		}
	}
}

// about reports whether n stands for the warning w.
func (n sarifNotification) about(w warning) bool {
	if n.Level != w.label() || !strings.Contains(n.Descriptor.ID, w.kind) || n.Message.Text == "" {
		return false
	}
	for _, loc := range n.Locations {
		if loc.path() == w.path {
			return true
		}
	}
	return false
}

// schemaResults bounds the results checked against the schema: validating
// 100,000 of them takes seconds and a gigabyte, and they all come from
// one writer, so the first thousand stand for the rest.
const schemaResults = 1000

// schemaSample is log with its results cut to schemaResults.
func schemaSample(t *testing.T, log []byte) []byte {
	t.Helper()
	var top map[string]json.RawMessage
	var runs []map[string]json.RawMessage
	var results []json.RawMessage
	if json.Unmarshal(log, &top) != nil || json.Unmarshal(top["runs"], &runs) != nil ||
		len(runs) != 1 || json.Unmarshal(runs[0]["results"], &results) != nil || len(results) <= schemaResults {
		return log // too short to cut, or broken: validate it whole
	}
	var err error
	if runs[0]["results"], err = json.Marshal(results[:schemaResults]); err != nil {
		t.Fatal(err)
	}
	if top["runs"], err = json.Marshal(runs); err != nil {
		t.Fatal(err)
	}
	cut, err := json.Marshal(top)
	if err != nil {
		t.Fatal(err)
	}
	return cut
}
