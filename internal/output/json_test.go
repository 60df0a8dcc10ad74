package output

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, sampleReport()); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	first := map[string]any{
		"code": "CVT101", "name": "fake-benchmark", "level": "error", "message": "benchmark times a constant",
		"path": "bench/run all.py", "line": 3.0, "column": 1.0, "end_line": 3.0, "end_column": 20.0,
		"fingerprint": "00112233445566778899aabbccddeeff",
		"related": []any{
			map[string]any{"path": "bench/run all.py", "line": 1.0, "column": 1.0, "end_line": 1.0, "end_column": 5.0, "message": "the timer starts here"},
			map[string]any{"path": "src/café/app.py", "line": 9.0, "column": 2.0, "end_line": 9.0, "end_column": 3.0, "message": ""},
		},
	}
	findings := got["findings"].([]any)
	if len(findings) != 3 || !reflect.DeepEqual(findings[0], first) {
		t.Errorf("findings[0] = %v\nwant %v", findings[0], first)
	}
	// A finding whose Related is nil still has "related": [].
	if rel := findings[2].(map[string]any)["related"]; !reflect.DeepEqual(rel, []any{}) {
		t.Errorf("findings[2].related = %#v, want []", rel)
	}
	if got["version"] != 1.0 {
		t.Errorf("version = %v", got["version"])
	}
	wantWarn := []any{map[string]any{"path": "src/broken.py", "kind": "degraded", "message": "invalid UTF-8 near line 2"}}
	if !reflect.DeepEqual(got["warnings"], wantWarn) {
		t.Errorf("warnings = %v", got["warnings"])
	}
	// Key order is the documented one.
	s := b.String()
	last := -1
	for _, k := range []string{`"code"`, `"name"`, `"level"`, `"message"`, `"path"`, `"line"`, `"column"`, `"end_line"`, `"end_column"`, `"fingerprint"`, `"related"`} {
		i := strings.Index(s, k)
		if i < last {
			t.Errorf("key %s out of order", k)
		}
		last = i
	}
}

func TestJSONEmptyArraysAreNotNull(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, emptyReport()); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"version\": 1,\n  \"findings\": [],\n  \"warnings\": []\n}\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// A file name that is not UTF-8 survives the JSON: path_base64 holds its
// bytes, and only then.
func TestJSONNonUTF8PathsRoundTrip(t *testing.T) {
	odd := "src/caf\xe9/\xff\xfe.py" // Latin-1 bytes, as some file systems hold them
	rep := emptyReport()
	rep.Findings = []report.Finding{{
		Code: "CVT201", Name: "blocking-call-in-async", Level: rules.Warning, Message: "m",
		Location: loc(odd, 1, 1, 1, 2),
		Related:  []report.Related{{Location: loc("src/café.py", 2, 1, 2, 2)}},
	}}
	rep.Warnings = []source.Warning{{Path: odd, Kind: source.Skipped, Message: "skipped"}}
	var b bytes.Buffer
	if err := JSON(&b, rep); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Findings []struct {
			Path       string  `json:"path"`
			PathBase64 *string `json:"path_base64"`
			Related    []struct {
				Path       string  `json:"path"`
				PathBase64 *string `json:"path_base64"`
			} `json:"related"`
		} `json:"findings"`
		Warnings []struct {
			Path       string  `json:"path"`
			PathBase64 *string `json:"path_base64"`
		} `json:"warnings"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		path string
		b64  *string
	}{{got.Findings[0].Path, got.Findings[0].PathBase64}, {got.Warnings[0].Path, got.Warnings[0].PathBase64}} {
		if p.b64 == nil {
			t.Fatalf("no path_base64 for %q", p.path)
		}
		raw, err := base64.StdEncoding.DecodeString(*p.b64)
		if err != nil || string(raw) != odd {
			t.Errorf("path_base64 decodes to %q (%v), want %q", raw, err, odd)
		}
		if p.path != "src/caf\uFFFD/\uFFFD\uFFFD.py" {
			t.Errorf("path = %q", p.path)
		}
	}
	if rel := got.Findings[0].Related[0]; rel.Path != "src/café.py" || rel.PathBase64 != nil {
		t.Errorf("a UTF-8 path got path_base64: %+v", rel)
	}
}
