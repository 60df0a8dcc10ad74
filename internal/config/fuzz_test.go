package config

import (
	"errors"
	"testing"
)

// FuzzParse: any bytes give a configuration or Errors naming a line, never
// a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(fullPyproject), true)
	f.Add([]byte("select = ['CVT2']\n[levels]\nCVT201 = 'off'\n"), false)
	f.Add([]byte("options = { blocking-call-in-async = { strict = [[1], {a = 2}] } }\n"), false)
	f.Add([]byte("[[tool.covet-lint]]\nselect = 1\n"), true)
	f.Add([]byte("a = \"\"\"\nx\"\"\"\n[tool]\n'covet-lint'.'per-file-ignores'.\"x/**\" = ['CVT2']\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, pyproject bool) {
		c, err := Parse("f.toml", data, pyproject, known)
		if err == nil {
			if c == nil {
				t.Fatal("nil configuration without an error")
			}
			return
		}
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("error %v is not Errors", err)
		}
		for _, e := range es {
			if e.File != "f.toml" || e.Line < 0 {
				t.Fatalf("bad error %+v", e)
			}
		}
	})
}
