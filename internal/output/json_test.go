package output

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
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
	wantWarn := []any{map[string]any{"path": "src/broken.py", "message": "syntax error near line 2"}}
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
