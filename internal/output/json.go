package output

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"unicode/utf8"

	"github.com/covet-lint/covet-lint/internal/check"
)

// jsonVersion is the version of the JSON format; it changes only when a
// field changes meaning or goes away.
const jsonVersion = 1

// The JSON format's own structs, so that a change to internal types cannot
// change the format by accident.
type (
	jsonReport struct {
		Version  int           `json:"version"`
		Findings []jsonFinding `json:"findings"`
		Warnings []jsonWarning `json:"warnings"`
	}
	jsonFinding struct {
		Code    string `json:"code"`
		Name    string `json:"name"`
		Level   string `json:"level"`
		Message string `json:"message"`
		jsonLocation
		Fingerprint string        `json:"fingerprint"`
		Related     []jsonRelated `json:"related"`
	}
	jsonLocation struct {
		jsonPath
		Line      int `json:"line"`
		Column    int `json:"column"`
		EndLine   int `json:"end_line"`
		EndColumn int `json:"end_column"`
	}
	jsonRelated struct {
		jsonLocation
		Message string `json:"message"`
	}
	jsonWarning struct {
		jsonPath
		Kind    string `json:"kind"`
		Message string `json:"message"`
	}
	// jsonPath is a root-relative path. JSON strings are Unicode, and file
	// names need not be: a name that is not valid UTF-8 has U+FFFD for each
	// bad byte in Path, and its exact bytes, base64-encoded (RFC 4648,
	// standard alphabet, padded), in PathBase64, which is absent otherwise.
	jsonPath struct {
		Path       string `json:"path"`
		PathBase64 string `json:"path_base64,omitempty"`
	}
)

func pathOf(p string) jsonPath {
	if utf8.ValidString(p) {
		return jsonPath{Path: p}
	}
	// encoding/json writes Path with U+FFFD for each bad byte.
	return jsonPath{Path: p, PathBase64: base64.StdEncoding.EncodeToString([]byte(p))}
}

// JSON writes {"version":1,"findings":[...],"warnings":[...]}: findings in
// the report's order (the text output's), root-relative slash paths (with
// path_base64 when a name is not UTF-8), 1-based lines and code-point
// columns (end_column is the column after the last character), SARIF's
// fingerprint; warnings with their kind (skipped, timed-out, degraded,
// parse-errors). Arrays are never null.
func JSON(w io.Writer, rep *check.Report) error {
	out := jsonReport{Version: jsonVersion, Findings: []jsonFinding{}, Warnings: []jsonWarning{}}
	for _, f := range rep.Findings {
		jf := jsonFinding{
			Code: f.Code, Name: f.Name, Level: string(f.Level), Message: f.Message,
			jsonLocation: jsonLocation{pathOf(f.Path), f.Line, f.Column, f.EndLine, f.EndColumn},
			Fingerprint:  f.Fingerprint,
			Related:      []jsonRelated{},
		}
		for _, r := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{
				jsonLocation: jsonLocation{pathOf(r.Path), r.Line, r.Column, r.EndLine, r.EndColumn},
				Message:      r.Message,
			})
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, wn := range rep.Warnings {
		out.Warnings = append(out.Warnings, jsonWarning{jsonPath: pathOf(wn.Path), Kind: string(wn.Kind), Message: wn.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
