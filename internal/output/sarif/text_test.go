package sarif

import "testing"

func TestRelativeURI(t *testing.T) {
	for in, want := range map[string]string{
		"src/app.py":            "src/app.py",
		"odd paths/café/app.py": "odd%20paths/caf%C3%A9/app.py",
		"50% off, #1.py":        "50%25%20off%2C%20%231.py",
		"a:b/c?d=e&f":           "a%3Ab/c%3Fd%3De%26f",
		"x/~y_z-1.2":            "x/~y_z-1.2",
		"日本/ファイル.py":            "%E6%97%A5%E6%9C%AC/%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB.py",
	} {
		if got := RelativeURI(in); got != want {
			t.Errorf("RelativeURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"no brackets": "no brackets",
		`a\b`:         `a\b`,
		`a\\b`:        `a\\\b`,
		"x[0]":        `x\[0\]`,
		`\[`:          `\\\[`,
		"[link](1)":   `\[link\](1)`,
		"café [ü]":    `café \[ü\]`,
	} {
		if got := EscapeText(in); got != want {
			t.Errorf("EscapeText(%q) = %q, want %q", in, got, want)
		}
	}
}
