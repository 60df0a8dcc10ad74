package output

import (
	"encoding/json"
	"io"

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
		Path      string `json:"path"`
		Line      int    `json:"line"`
		Column    int    `json:"column"`
		EndLine   int    `json:"end_line"`
		EndColumn int    `json:"end_column"`
	}
	jsonRelated struct {
		jsonLocation
		Message string `json:"message"`
	}
	jsonWarning struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	}
)

// JSON writes {"version":1,"findings":[...],"warnings":[...]}: findings in
// the report's order (the text output's), root-relative slash paths,
// 1-based lines and code-point columns (end_column is the column after the
// last character), SARIF's fingerprint. Arrays are never null.
func JSON(w io.Writer, rep *check.Report) error {
	out := jsonReport{Version: jsonVersion, Findings: []jsonFinding{}, Warnings: []jsonWarning{}}
	for _, f := range rep.Findings {
		jf := jsonFinding{
			Code: f.Code, Name: f.Name, Level: string(f.Level), Message: f.Message,
			jsonLocation: jsonLocation{f.Path, f.Line, f.Column, f.EndLine, f.EndColumn},
			Fingerprint:  f.Fingerprint,
			Related:      []jsonRelated{},
		}
		for _, r := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{
				jsonLocation: jsonLocation{r.Path, r.Line, r.Column, r.EndLine, r.EndColumn},
				Message:      r.Message,
			})
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, wn := range rep.Warnings {
		out.Warnings = append(out.Warnings, jsonWarning{Path: wn.Path, Message: wn.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
