package main

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/output/sarif/sariftest"
)

// hostileFile is a file of hostileRepo and where its finding must be.
type hostileFile struct {
	name, shown string // on disk; in text output
	src         string
	at          string // "line:col" of its one CVT201 finding
}

// hostileFiles end their lines every way, start with a byte order mark,
// hold an escape sequence in the quoted line, or have names with escape
// sequences, a newline or bytes that are not UTF-8. Names and lines that
// cannot live in git are made here rather than committed.
func hostileFiles() []hostileFile {
	lines := func(bom, nl string) string {
		return bom + strings.Join([]string{"import time", "async def f():", "    time.sleep(1)  # \x1b[2J", "x = 1"}, nl) + nl
	}
	return []hostileFile{
		{"lf.py", "lf.py", lines("", "\n"), "3:5"},
		{"crlf.py", "crlf.py", lines("", "\r\n"), "3:5"},
		{"cr.py", "cr.py", lines("", "\r"), "3:5"},
		{"bom.py", "bom.py", lines("\ufeff", "\n"), "3:5"},
		{"bom_cr.py", "bom_cr.py", lines("\ufeff", "\r"), "3:5"},
		{"evil\x1b]0;owned\a\n.py", `evil\x1b]0;owned\x07\n.py`, lines("", "\n"), "3:5"},
		{"caf\xe9.py", `caf\xe9.py`, lines("", "\n"), "3:5"},
		// A lone CR once let the "//" comment swallow the function.
		{"cr.rs", "cr.rs", "use std::thread; // c\rasync fn f() { thread::sleep(d); }\r", "2:16"},
		// Suppressions see lone-CR lines: a comment alone on its line covers
		// the next, a trailing one its own; only time.sleep(3) is left.
		{"sup_cr.py", "sup_cr.py", strings.Join([]string{"import time", "async def f():", "    # covet-lint: ignore[CVT201] ok here",
			"    time.sleep(1)", "    time.sleep(2)  # noqa: CVT201", "    time.sleep(3)", ""}, "\r"), "6:5"},
	}
}

func hostileRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := append(hostileFiles(), hostileFile{name: "pyproject.toml", src: "[tool.covet-lint]\n"})
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.src), 0o644); err != nil {
			t.Skipf("this file system cannot hold the name %q: %v", f.name, err)
		}
	}
	return dir
}

// rawControls lists the control characters in s other than newlines.
func rawControls(s string) []rune {
	var out []rune
	for _, r := range s {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			out = append(out, r)
		}
	}
	return out
}

// Every line ending and a BOM give the positions editors show, with no
// false syntax error; nothing from the repository reaches the terminal raw.
func TestHostileRepositoryText(t *testing.T) {
	dir := hostileRepo(t)
	r := covetLintIn(t, dir, "check", "--verbose", "--no-color", ".")
	if r.code != 1 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	var headers []string
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.Contains(line, ": CVT") {
			headers = append(headers, line)
		}
	}
	files := hostileFiles()
	if len(headers) != len(files) {
		t.Errorf("%d findings, want %d:\n%s", len(headers), len(files), strings.Join(headers, "\n"))
	}
	for _, f := range files {
		want := f.shown + ":" + f.at + ": CVT201 "
		found := false
		for _, h := range headers {
			found = found || strings.HasPrefix(h, want)
		}
		if !found {
			t.Errorf("no finding %q in\n%s", want, strings.Join(headers, "\n"))
		}
	}
	if !strings.Contains(r.stdout, "3 |     time.sleep(1)  # \\x1b[2J\n  |     ^^^^^^^^^^\n") {
		t.Errorf("quoted line not escaped, or carets moved:\n%s", r.stdout)
	}
	if strings.Contains(r.stderr, "note:") || strings.Contains(r.stderr, "warning:") {
		t.Errorf("a file was reported as broken:\n%s", r.stderr)
	}
	for _, format := range []string{"text", "github"} {
		out := covetLintIn(t, dir, "check", "--verbose", "--no-color", "--format", format, ".")
		if raw := rawControls(out.stdout + out.stderr); len(raw) > 0 {
			t.Errorf("--format %s printed raw control characters %q", format, raw)
		}
	}
}

// JSON keeps the name that is not UTF-8 in path_base64; SARIF's
// percent-encoded URIs decode to the real names and validate.
func TestHostileRepositoryJSONAndSARIF(t *testing.T) {
	dir := hostileRepo(t)
	var rep struct {
		Findings []struct {
			Path       string  `json:"path"`
			PathBase64 *string `json:"path_base64"`
			Line       int     `json:"line"`
		} `json:"findings"`
	}
	r := covetLintIn(t, dir, "check", "--format", "json", ".")
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range rep.Findings {
		name := f.Path
		if f.PathBase64 != nil {
			raw, err := base64.StdEncoding.DecodeString(*f.PathBase64)
			if err != nil {
				t.Fatal(err)
			}
			name = string(raw)
		}
		names[name] = true
	}
	for _, f := range hostileFiles() {
		if !names[f.name] {
			t.Errorf("JSON lost %q; it has %v", f.name, names)
		}
	}

	r = covetLintIn(t, dir, "check", "--format", "sarif", ".")
	if err := sariftest.Validate([]byte(r.stdout)); err != nil {
		t.Fatalf("SARIF does not validate: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	for _, res := range log.Runs[0].Results {
		u, err := url.Parse(res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, u.Path)); err != nil {
			t.Errorf("uri %q names no file: %v", u, err)
		}
	}
}
