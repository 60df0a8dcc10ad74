package output

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/output/sarif/sariftest"
)

// notifyReport has a warning of every kind, an odd file name, and an
// internal error.
func notifyReport() *check.Report {
	rep := sampleReport()
	rep.Warnings = []source.Warning{
		{Path: "big.py", Kind: source.Skipped, Message: "skipped: larger than 1048576 bytes (--max-file-size)"},
		{Path: "deep/x [1].rs", Kind: source.TimedOut, Message: "skipped: analysis took longer than the 10s budget"},
		{Path: "bad\xff.py", Kind: source.Degraded, Message: "invalid UTF-8 at line 2"},
		{Path: "src/new.rs", Kind: source.ParseErrors, Message: "parsed with errors from line 3"},
	}
	rep.Errors = []string{"blocking_call_in_async panicked: index out of range"}
	return rep
}

type sarifInvocation struct {
	ExecutionSuccessful        *bool
	ToolExecutionNotifications []struct {
		Level      string
		Message    struct{ Text string }
		Descriptor struct{ ID string }
		Locations  []sarifLoc
	}
}

func invocationOf(t *testing.T, b []byte) sarifInvocation {
	t.Helper()
	var doc struct {
		Runs []struct{ Invocations []sarifInvocation }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 || len(doc.Runs[0].Invocations) != 1 {
		t.Fatalf("want one run with one invocation:\n%s", b)
	}
	return doc.Runs[0].Invocations[0]
}

func TestSARIFNotifiesSkippedFilesAndErrors(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, notifyReport(), SARIFOptions{Version: "1.2.3", Rules: sampleRules}); err != nil {
		t.Fatal(err)
	}
	if err := sariftest.Validate(b.Bytes()); err != nil {
		t.Fatalf("does not validate: %v", err)
	}
	inv := invocationOf(t, b.Bytes())
	if inv.ExecutionSuccessful == nil || *inv.ExecutionSuccessful {
		t.Errorf("executionSuccessful = %v with an internal error", inv.ExecutionSuccessful)
	}
	type got struct{ level, id, uri, text string }
	want := []got{
		{"warning", "skipped", "big.py", "big.py: skipped: larger than 1048576 bytes (--max-file-size)"},
		{"warning", "timed-out", "deep/x%20%5B1%5D.rs", `deep/x \[1\].rs: skipped: analysis took longer than the 10s budget`},
		{"warning", "degraded", "bad%FF.py", "bad\ufffd.py: invalid UTF-8 at line 2"},
		{"note", "parse-errors", "src/new.rs", "src/new.rs: parsed with errors from line 3"},
		{"error", "internal-error", "", "blocking_call_in_async panicked: index out of range"},
	}
	ns := inv.ToolExecutionNotifications
	if len(ns) != len(want) {
		t.Fatalf("%d notifications, want %d", len(ns), len(want))
	}
	for i, n := range ns {
		g := got{n.Level, n.Descriptor.ID, "", n.Message.Text}
		if len(n.Locations) == 1 {
			g.uri = n.Locations[0].PhysicalLocation.ArtifactLocation.URI
			if base := n.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID; base != "%SRCROOT%" {
				t.Errorf("notification %d: uriBaseId %q", i, base)
			}
		}
		if g != want[i] {
			t.Errorf("notification %d:\n got %+v\nwant %+v", i, g, want[i])
		}
	}
}

func TestSARIFCleanRunIsSuccessful(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, emptyReport(), SARIFOptions{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	inv := invocationOf(t, b.Bytes())
	if inv.ExecutionSuccessful == nil || !*inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 0 {
		t.Errorf("invocation of a clean run = %+v", inv)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"executionSuccessful": true`)) {
		t.Error("executionSuccessful: true is not written")
	}
}
