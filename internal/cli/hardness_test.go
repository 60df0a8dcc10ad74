package cli

import (
	"strings"
	"testing"
)

// TestImpossibleFlagValuesExit2: values that cannot mean anything are
// refused with the flag's name, instead of standing for a default.
func TestImpossibleFlagValuesExit2(t *testing.T) {
	dir := repo(t, map[string]string{"app.py": blocking})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--jobs", "0"}, "--jobs must be at least 1"},
		{[]string{"--jobs", "-3"}, "--jobs must be at least 1"},
		{[]string{"--max-file-size", "0"}, "--max-file-size must be at least 1"},
		{[]string{"--max-file-size", "-1"}, "--max-file-size must be at least 1"},
		{[]string{"--file-timeout", "0s"}, "--file-timeout must be a positive duration"},
		{[]string{"--file-timeout", "-5s"}, "--file-timeout must be a positive duration"},
		{[]string{"--file-timeout", "ten"}, "file-timeout"},
	} {
		if code, _, errs := run(t, dir, c.args...); code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, errs, c.want)
		}
	}
	// Valid values still scan.
	if code, _, errs := run(t, dir, "--jobs", "1", "--max-file-size", "1", "--file-timeout", "1m", "-q"); code != ExitClean {
		t.Errorf("tiny --max-file-size: exit %d, stderr %q (app.py is skipped, so nothing is found)", code, errs)
	}
}

// TestParseErrorsAreNotes: a file the grammar cannot fully parse is counted
// in the summary, listed only with --verbose, and its findings outside the
// error are kept.
func TestParseErrorsAreNotes(t *testing.T) {
	dir := repo(t, map[string]string{
		"app.py":    blocking,
		"broken.py": "import time\n\n\nasync def h():\n    time.sleep(1)\n\n\ndef oops(:\n    pass\n",
	})
	code, out, errs := run(t, dir)
	if code != ExitFindings {
		t.Errorf("exit %d, want 1", code)
	}
	if strings.Contains(errs, "broken.py") {
		t.Errorf("parse errors listed without --verbose:\n%s", errs)
	}
	if !strings.Contains(errs, "1 file parsed with errors (--verbose lists them)") {
		t.Errorf("summary does not count the file parsed with errors:\n%s", errs)
	}
	if !strings.Contains(out, "broken.py:5:5: CVT201") {
		t.Errorf("finding before the syntax error lost:\n%s", out)
	}
	_, _, errs = run(t, dir, "--verbose")
	if !strings.Contains(errs, "note: broken.py: parsed with errors from line 8") {
		t.Errorf("--verbose does not list the file:\n%s", errs)
	}
	if strings.Contains(errs, "warning: broken.py") {
		t.Errorf("parse errors reported as a warning:\n%s", errs)
	}
}

// TestWarningLinesAreEscaped: a file name holding a terminal escape and a
// newline is printed as visible escapes, one warning per line.
func TestWarningLinesAreEscaped(t *testing.T) {
	dir := repo(t, map[string]string{"app.py": blocking, "odd\x1b]0;owned\a\nname.py": "x = \xff\n"})
	_, _, errs := run(t, dir)
	if strings.ContainsAny(errs, "\x1b\a") {
		t.Errorf("raw control characters on stderr: %q", errs)
	}
	if !strings.Contains(errs, `warning: odd\x1b]0;owned\x07\nname.py: invalid UTF-8`) {
		t.Errorf("escaped warning line missing: %q", errs)
	}
}
