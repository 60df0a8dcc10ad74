package badinput

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// mixedRepo is one repository holding most kinds of bad input at once
// (none slow enough to time out, which would make runs differ).
func mixedRepo(t *testing.T) string {
	files := map[string][]byte{
		"control.py":         controlSrc,
		"blob.py":            {0x89, 'P', 'N', 'G', 0, 0},
		"bad.py":             []byte("import time\n# caf\xe9\n\nasync def h():\n    time.sleep(1)\n"),
		"bom.rs":             []byte("\ufeffasync fn f() { std::thread::sleep(d); }\n"),
		"crlf.py":            blockingPy("\r\n"),
		"cr.py":              blockingPy("\r"),
		"empty.md":           nil,
		"esc.py":             []byte("import time\n\n\nasync def h():\n    time.sleep(1)  # \x1b]0;pwned\x07\n"),
		"x.py/inner.py":      blockingPy("\n"),
		"Cargo.toml":         []byte("[package\n"),
		"sub/pyproject.toml": []byte("[build-system\n"),
		"quotes.md":          []byte(strings.Repeat("> ", 500) + "x\n"),
		"broken.py":          []byte("def (:\n"),
		"broken.rs":          []byte("fn f( {\n"),
	}
	for i, n := range oddNames {
		files["names/"+n] = blockingPy("\n")
		files["pkg/m"+strings.Repeat("x", i)+".py"] = blockingPy("\n")
	}
	dir := writeRepo(t, files)
	mkfifo(t, filepath.Join(dir, "pipe.py"))
	symlink(t, "loop.py", filepath.Join(dir, "loop.py"))
	symlink(t, "/etc/hostname", filepath.Join(dir, "out.py"))
	return dir
}

// elapsed is the summary line's only part that may change between runs.
var elapsed = regexp.MustCompile(`, \d+\.\d+s\n`)

// TestDeterministicAcrossJobs: every format gives the same bytes, on
// stdout and stderr, with one worker and with four; GitHub output stays
// one workflow command per line; JSON warnings carry their kind.
func TestDeterministicAcrossJobs(t *testing.T) {
	dir := mixedRepo(t)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		one := run(t, dir, "--format", format, "--jobs", "1")
		four := run(t, dir, "--format", format, "--jobs", "4")
		if one.code != 1 || four.code != 1 {
			t.Errorf("%s: exit %d and %d, want 1", format, one.code, four.code)
		}
		if !bytes.Equal([]byte(one.stdout), []byte(four.stdout)) {
			t.Errorf("%s: output differs between --jobs 1 and --jobs 4:\n%s\n---\n%s", format, tail(one.stdout), tail(four.stdout))
		}
		if e1, e4 := elapsed.ReplaceAllString(one.stderr, "\n"), elapsed.ReplaceAllString(four.stderr, "\n"); e1 != e4 {
			t.Errorf("%s: stderr differs between --jobs 1 and --jobs 4:\n%s\n---\n%s", format, tail(e1), tail(e4))
		}
		switch format {
		case "github":
			checkWorkflowCommands(t, one.stdout)
		case "json":
			checkWarningKinds(t, one.stdout)
		}
		if strings.Count(one.stderr, "\n") < 8 {
			t.Errorf("%s: fewer warnings than the repository holds:\n%s", format, tail(one.stderr))
		}
	}
}

// checkWorkflowCommands requires every line of GitHub output to be one
// workflow command: a file name or message holding a newline or control
// characters must not end a command early or inject another.
func checkWorkflowCommands(t *testing.T, out string) {
	t.Helper()
	checkTerminalSafe(t, "github output", out)
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::notice") {
			t.Errorf("github output line is not a workflow command: %q", l)
		}
	}
}

// checkWarningKinds requires each JSON warning to say what it cost.
func checkWarningKinds(t *testing.T, out string) {
	t.Helper()
	var rep struct {
		Warnings []struct{ Path, Kind, Message string } `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	for _, w := range rep.Warnings {
		switch w.Kind {
		case "skipped", "timed-out", "degraded", "parse-errors":
		default:
			t.Errorf("JSON warning about %q has kind %q", w.Path, w.Kind)
		}
	}
}
