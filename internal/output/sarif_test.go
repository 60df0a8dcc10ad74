package output

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/output/sarif/sariftest"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

func writeSARIF(t *testing.T, opts SARIFOptions, findings ...report.Finding) []byte {
	t.Helper()
	rep := sampleReport()
	if findings != nil {
		rep.Findings = findings
	}
	var b bytes.Buffer
	if err := SARIF(&b, rep, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sarifDoc is the parts of a log the tests look at.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, Version, SemanticVersion, InformationURI string
				Rules                                          []struct {
					ID, Name, HelpURI                 string
					ShortDescription, FullDescription struct{ Text string }
					Help                              struct{ Text, Markdown string }
					DefaultConfiguration              struct{ Level string }
					Properties                        map[string]any
				}
			}
		}
		AutomationDetails  *struct{ ID string }
		OriginalURIBaseIDs map[string]any `json:"originalUriBaseIds"`
		ColumnKind         string
		Results            []struct {
			RuleID              string
			RuleIndex           *int
			Level               string
			Message             struct{ Text string }
			Locations           []sarifLoc
			RelatedLocations    []sarifLoc
			PartialFingerprints map[string]string
		}
	}
}

type sarifLoc struct {
	ID               int
	Message          *struct{ Text string }
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string
			URIBaseID string `json:"uriBaseId"`
		}
		Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
	}
}

func parseSARIF(t *testing.T, b []byte) sarifDoc {
	t.Helper()
	var d sarifDoc
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if len(d.Runs) != 1 {
		t.Fatalf("runs = %d, want 1", len(d.Runs))
	}
	return d
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	for name, opts := range map[string]SARIFOptions{
		"plain":    {Version: "1.2.3", Rules: sampleRules},
		"category": {Version: "0.0.0-dev+abcdef123456", Rules: sampleRules, Category: "covet-lint/python"},
	} {
		t.Run(name, func(t *testing.T) {
			if err := sariftest.Validate(writeSARIF(t, opts)); err != nil {
				t.Fatal(err)
			}
		})
	}
	t.Run("empty", func(t *testing.T) {
		var b bytes.Buffer
		if err := SARIF(&b, emptyReport(), SARIFOptions{Version: "1.2.3"}); err != nil {
			t.Fatal(err)
		}
		if err := sariftest.Validate(b.Bytes()); err != nil {
			t.Fatal(err)
		}
	})
}

// The validator must reject broken logs, or the schema tests prove nothing.
func TestSchemaRejectsBrokenLogs(t *testing.T) {
	good := string(writeSARIF(t, SARIFOptions{Version: "1.2.3", Rules: sampleRules}))
	broken := map[string]string{
		"no version":       strings.Replace(good, `"version": "2.1.0",`, ``, 1),
		"wrong version":    strings.Replace(good, `"version": "2.1.0"`, `"version": "2.0.0"`, 1),
		"line zero":        strings.Replace(good, `"startLine": 3`, `"startLine": 0`, 1),
		"results null":     strings.Replace(good, `"results": [`, `"results": null, "x": [`, 1),
		"bad level":        strings.Replace(good, `"level": "error"`, `"level": "fatal"`, 1),
		"bad column kind":  strings.Replace(good, `"unicodeCodePoints"`, `"codePoints"`, 1),
		"relative helpUri": strings.Replace(good, `"helpUri": "https://`, `"helpUri": "`, 1),
		"not JSON":         good[:len(good)/2],
	}
	for name, doc := range broken {
		t.Run(name, func(t *testing.T) {
			if doc == good {
				t.Fatal("the replacement did not apply; fix the test")
			}
			if err := sariftest.Validate([]byte(doc)); err == nil {
				t.Fatal("a broken log validated")
			}
		})
	}
}

func TestSARIFDriverAndRules(t *testing.T) {
	d := parseSARIF(t, writeSARIF(t, SARIFOptions{Version: "1.2.3", Rules: sampleRules}))
	if d.Version != "2.1.0" || d.Schema == "" {
		t.Errorf("version %q schema %q", d.Version, d.Schema)
	}
	run := d.Runs[0]
	drv := run.Tool.Driver
	if drv.Name != "covet-lint" || drv.Version != "1.2.3" || drv.SemanticVersion != "1.2.3" || drv.InformationURI != rules.InformationURI {
		t.Errorf("driver = %+v", drv)
	}
	var ids []string
	for _, r := range drv.Rules {
		ids = append(ids, r.ID)
	}
	if want := []string{"CVT101", "CVT201", "CVT301"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("rules %v, want %v (sorted by code)", ids, want)
	}
	r := drv.Rules[0]
	if r.Name != "fake-benchmark" || r.ShortDescription.Text != "Benchmark that measures nothing" ||
		r.FullDescription.Text != "Finds benchmarks whose timed body does no work." ||
		r.HelpURI != rules.DocURL("CVT101") || r.DefaultConfiguration.Level != "error" ||
		!strings.Contains(r.Help.Markdown, "## Why is this bad?") || r.Help.Text == "" {
		t.Errorf("rule 0 = %+v", r)
	}
	wantProps := map[string]any{"tags": []any{"benchmark"}, "precision": "medium", "problem.severity": "error"}
	if !reflect.DeepEqual(r.Properties, wantProps) {
		t.Errorf("rule 0 properties = %v, want %v", r.Properties, wantProps)
	}
	if got := drv.Rules[1].FullDescription.Text; got != "Reports blocking calls." {
		t.Errorf("fullDescription of a paragraph ending in a colon = %q", got)
	}
	for i, sev := range []string{"error", "warning", "recommendation"} {
		if got := drv.Rules[i].Properties["problem.severity"]; got != sev {
			t.Errorf("rule %d problem.severity = %v, want %s", i, got, sev)
		}
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if _, ok := run.OriginalURIBaseIDs["%SRCROOT%"]; !ok {
		t.Errorf("originalUriBaseIds = %v", run.OriginalURIBaseIDs)
	}
	if run.AutomationDetails != nil {
		t.Errorf("automationDetails without a category: %+v", run.AutomationDetails)
	}
	d = parseSARIF(t, writeSARIF(t, SARIFOptions{Version: "1.2.3", Rules: sampleRules, Category: "py"}))
	if ad := d.Runs[0].AutomationDetails; ad == nil || ad.ID != "py" {
		t.Errorf("automationDetails = %+v, want id py", ad)
	}
}

func TestSARIFResults(t *testing.T) {
	out := writeSARIF(t, SARIFOptions{Version: "1.2.3", Rules: sampleRules})
	if bytes.Contains(out, []byte("primaryLocationLineHash")) {
		t.Error("covet-lint must not write primaryLocationLineHash")
	}
	res := parseSARIF(t, out).Runs[0].Results
	if len(res) != 3 {
		t.Fatalf("%d results, want 3", len(res))
	}
	type want struct {
		rule      string
		index     int
		level     string
		uri       string
		region    [4]int
		text      string
		fp        string
		relatedID []int
	}
	wants := []want{
		{"CVT101", 0, "error", "bench/run%20all.py", [4]int{3, 1, 3, 20},
			"benchmark times a constant Related: [the timer starts here](1), [src/café/app.py:9](2).",
			"00112233445566778899aabbccddeeff", []int{1, 2}},
		{"CVT201", 1, "warning", "src/caf%C3%A9/50%25%20off%2C%20%231.py", [4]int{7, 5, 8, 2},
			`blocking call handlers\[0\]() in async function; use 100% async, not \\\[this\]`,
			"ffeeddccbbaa99887766554433221100", nil},
		{"CVT301", 2, "note", "src/db%3Amain.py", [4]int{2, 3, 2, 3},
			"connection opened\nand never closed", "0123456789abcdef0123456789abcdef", nil},
	}
	for i, w := range wants {
		r := res[i]
		if r.RuleID != w.rule || r.RuleIndex == nil || *r.RuleIndex != w.index || r.Level != w.level {
			t.Errorf("result %d: rule %s index %v level %s, want %s %d %s", i, r.RuleID, r.RuleIndex, r.Level, w.rule, w.index, w.level)
		}
		if r.Message.Text != w.text {
			t.Errorf("result %d message:\n got %q\nwant %q", i, r.Message.Text, w.text)
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %d: %d locations", i, len(r.Locations))
		}
		pl := r.Locations[0].PhysicalLocation
		if pl.ArtifactLocation.URI != w.uri || pl.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: uri %q base %q, want %q %%SRCROOT%%", i, pl.ArtifactLocation.URI, pl.ArtifactLocation.URIBaseID, w.uri)
		}
		if got := [4]int{pl.Region.StartLine, pl.Region.StartColumn, pl.Region.EndLine, pl.Region.EndColumn}; got != w.region {
			t.Errorf("result %d: region %v, want %v", i, got, w.region)
		}
		if !reflect.DeepEqual(r.PartialFingerprints, map[string]string{"covetLint/v1": w.fp}) {
			t.Errorf("result %d: partialFingerprints %v", i, r.PartialFingerprints)
		}
		var ids []int
		for _, rl := range r.RelatedLocations {
			ids = append(ids, rl.ID)
		}
		if !reflect.DeepEqual(ids, w.relatedID) {
			t.Errorf("result %d: related ids %v, want %v", i, ids, w.relatedID)
		}
	}
	rel := res[0].RelatedLocations
	if rel[0].Message == nil || rel[0].Message.Text != "the timer starts here" || rel[1].PhysicalLocation.ArtifactLocation.URI != "src/caf%C3%A9/app.py" ||
		rel[1].PhysicalLocation.Region.StartLine != 9 || rel[1].PhysicalLocation.Region.StartColumn != 2 {
		t.Errorf("related = %+v", rel)
	}
}

func TestSARIFEmptyResultsIsAnArray(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, emptyReport(), SARIFOptions{Version: "1.2.3", Rules: sampleRules}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"results": []`)) {
		t.Errorf("results is not an empty array:\n%s", b.Bytes())
	}
	b.Reset()
	if err := SARIF(&b, emptyReport(), SARIFOptions{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"rules": []`)) {
		t.Errorf("rules is not an empty array:\n%s", b.Bytes())
	}
}

func TestSARIFUnknownRuleIsAnError(t *testing.T) {
	var b bytes.Buffer
	err := SARIF(&b, sampleReport(), SARIFOptions{Version: "1.2.3", Rules: []*rules.Rule{ruleWarning}})
	if err == nil || !strings.Contains(err.Error(), "CVT101") {
		t.Fatalf("err = %v, want one naming CVT101", err)
	}
}

func TestSARIFDeterministic(t *testing.T) {
	a := writeSARIF(t, SARIFOptions{Version: "1.2.3", Rules: sampleRules})
	reversed := []*rules.Rule{ruleError, ruleNote, ruleWarning}
	b := writeSARIF(t, SARIFOptions{Version: "1.2.3", Rules: reversed})
	if !bytes.Equal(a, b) {
		t.Error("rule order in the options changed the output")
	}
}

// TestSARIFSamples writes the hand-built logs into $COVET_SARIF_SAMPLES when
// set, so that .ci/run also puts related locations, every level and escaped
// messages through the SARIF multitool.
func TestSARIFSamples(t *testing.T) {
	dir := os.Getenv("COVET_SARIF_SAMPLES")
	if dir == "" {
		return
	}
	for name, opts := range map[string]SARIFOptions{
		"sample.sarif":          {Version: "1.2.3", Rules: sampleRules},
		"sample-category.sarif": {Version: "1.2.3", Rules: sampleRules, Category: "covet-lint/python"},
	} {
		if err := os.WriteFile(filepath.Join(dir, name), writeSARIF(t, opts), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := SARIF(&b, notifyReport(), SARIFOptions{Version: "1.2.3", Rules: sampleRules}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sample-notifications.sarif"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSARIFConfiguredLevels(t *testing.T) {
	rep := sampleReport()
	rep.Findings = rep.Findings[:2] // CVT301 is off: it reports nothing
	var b bytes.Buffer
	opts := SARIFOptions{Version: "1.2.3", Rules: sampleRules, Levels: map[string]rules.Level{"CVT201": rules.Error, "CVT301": rules.Off}}
	if err := SARIF(&b, rep, opts); err != nil {
		t.Fatal(err)
	}
	drv := parseSARIF(t, b.Bytes()).Runs[0].Tool.Driver
	if len(drv.Rules) != 2 || drv.Rules[1].ID != "CVT201" {
		t.Fatalf("rules = %+v, want CVT101 and CVT201 (CVT301 is off)", drv.Rules)
	}
	if r := drv.Rules[1]; r.DefaultConfiguration.Level != "error" || r.Properties["problem.severity"] != "error" {
		t.Errorf("CVT201 set to error: %+v", r)
	}
}
