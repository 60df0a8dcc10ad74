package badinput

import (
	"fmt"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// controlSrc is in every hostile repository: its finding must survive
// whatever the hostile files do to the run.
var controlSrc = []byte("import time\n\n\nasync def handler():\n    time.sleep(1)\n")

var control = finding{"control.py", 5, 5, "CVT201"}

// finding is one expected finding: root-relative slash path, line, column
// (code points from 1) and code.
type finding struct {
	path      string
	line, col int
	code      string
}

// warning is one expected line on stderr (and SARIF notification): the kind
// (skipped, timed-out, degraded, parse-errors), the root-relative path and
// a regexp its message must match.
type warning struct {
	kind, path, msg string
}

// label is how stderr introduces a warning of this kind.
func (w warning) label() string {
	if w.kind == "parse-errors" {
		return "note"
	}
	return "warning"
}

// hostile is one bad-input case: a repository with the control file, the
// run's arguments, and what must come out.
type hostile struct {
	files map[string][]byte
	// setup adds what files cannot hold: FIFOs, symlinks, modes.
	setup    func(t *testing.T, dir string)
	args     []string
	warnings []warning
	// findings are expected besides the control's.
	findings []finding
	// slow files may run past the budget: each is either analysed (its
	// finding, if it has a code, reported) or named by a timed-out warning.
	slow map[string]finding
	// exit is the expected exit code; 0 means 1 (the control's finding).
	exit int
	// maxRSS, if set, bounds the child's peak memory in bytes.
	maxRSS int64
	// runner, if set, runs the CLI (as another user).
	runner *runner
	// formats are the output formats run; nil means text and SARIF. Cases
	// about time alone run only SARIF, which checks findings and warnings.
	formats []string
}

// check builds the repository in a new folder and runs it.
func (h hostile) check(t *testing.T) {
	t.Helper()
	files := map[string][]byte{"control.py": controlSrc}
	for p, src := range h.files {
		files[p] = src
	}
	dir := writeRepo(t, files)
	if h.setup != nil {
		h.setup(t, dir)
	}
	h.checkIn(t, dir)
}

// checkIn runs the CLI on dir in each format and checks the outcome.
func (h hostile) checkIn(t *testing.T, dir string) {
	t.Helper()
	r := self
	if h.runner != nil {
		r = *h.runner
	}
	exit := h.exit
	if exit == 0 {
		exit = 1
	}
	formats := h.formats
	if formats == nil {
		formats = []string{"text", "sarif"}
	}
	for _, format := range formats {
		args := append([]string{"--verbose", "--file-timeout", fileTimeout.String(), "--format", format}, h.args...)
		res := r.run(t, dir, args...)
		t.Logf("%s: exit %d in %.2fs, peak %d MB", format, res.code, res.elapsed.Seconds(), res.maxRSS>>20)
		if res.code != exit {
			t.Errorf("%s: exit %d, want %d\nstderr: %s", format, res.code, exit, tail(res.stderr))
		}
		if h.maxRSS > 0 && res.maxRSS > h.maxRSS {
			t.Errorf("%s: peak memory %d MB, over the bound of %d MB", format, res.maxRSS>>20, h.maxRSS>>20)
		}
		if exit == 2 {
			continue // nothing was scanned; the caller checks the message
		}
		warned := checkStderr(t, res.stderr, h.warnings, h.slow)
		want := append([]finding{control}, h.findings...)
		for p, f := range h.slow {
			if !warned[p] && f.code != "" {
				want = append(want, f)
			}
		}
		if format == "text" {
			checkText(t, res.stdout, want)
			checkTerminalSafe(t, "stderr", res.stderr)
		} else {
			checkSARIF(t, []byte(res.stdout), want, warned, h.warnings)
		}
	}
}

// checkStderr requires exactly the expected warnings and notes, each on one
// line, and no line that is not a warning, a note or covet-lint's own.
// Slow files may add a timed-out warning; the result says which did.
func checkStderr(t *testing.T, stderr string, want []warning, slow map[string]finding) (timedOut map[string]bool) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	used := make([]bool, len(lines))
	match := func(w warning) bool {
		prefix := w.label() + ": " + shown(w.path) + ": "
		re := regexp.MustCompile(w.msg)
		for i, l := range lines {
			if !used[i] && strings.HasPrefix(l, prefix) && re.MatchString(l[len(prefix):]) {
				used[i] = true
				return true
			}
		}
		return false
	}
	for _, w := range want {
		if !match(w) {
			t.Errorf("no %s about %q matching %q on stderr:\n%s", w.label(), w.path, w.msg, tail(stderr))
		}
	}
	timedOut = map[string]bool{}
	for p := range slow {
		if match(warning{"timed-out", p, `timed out|budget`}) {
			timedOut[p] = true
			t.Logf("%s timed out", p)
		}
	}
	for i, l := range lines {
		switch {
		case used[i] || l == "":
		case strings.HasPrefix(l, "warning: ") || strings.HasPrefix(l, "note: "):
			t.Errorf("unexpected stderr line: %q", l)
		case !strings.HasPrefix(l, "covet-lint: "):
			t.Errorf("stray stderr line (a split warning?): %q", l)
		case strings.Contains(l, "internal error"):
			t.Errorf("internal error: %q", l)
		}
	}
	return timedOut
}

// header is a finding's first line in text output.
var header = regexp.MustCompile(`^(.+):(\d+):(\d+): (CVT\d{3}) `)

// snippetLine is any other line of a finding: the quoted source, carets,
// related locations, the blank line between findings.
var snippetLine = regexp.MustCompile(`^( *\d* \|( .*)?|  = related: .*|)$`)

// checkText requires each finding's header line and no other, and every line of the
// output to be a header or a snippet line: a file name or source line that
// breaks a line shows up as a line of neither shape.
func checkText(t *testing.T, stdout string, want []finding) {
	t.Helper()
	checkTerminalSafe(t, "stdout", stdout)
	headers := map[string]bool{}
	odd := 0
	for _, l := range strings.Split(stdout, "\n") {
		if m := header.FindStringSubmatch(l); m != nil {
			headers[l[:len(m[0])-1]] = true
		} else if !snippetLine.MatchString(l) && odd < 5 {
			odd++
			t.Errorf("text output line of no known shape (a split line?): %q", l)
		}
	}
	for _, f := range want {
		h := fmt.Sprintf("%s:%d:%d: %s", shown(f.path), f.line, f.col, f.code)
		if !headers[h] {
			t.Errorf("text output lacks %q:\n%s", h, tail(stdout))
		}
		delete(headers, h)
	}
	for h := range headers {
		t.Errorf("unexpected finding in text output: %q", h)
	}
}

// checkTerminalSafe fails on bytes a terminal acts on: C0 controls but
// newline and tab, DEL, and C1 controls (U+0080 to U+009F).
func checkTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	for i, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Errorf("%s holds raw control character %U at byte %d: %q", what, r, i, s[max(0, i-40):min(len(s), i+40)])
			return
		}
	}
}

// asUser runs the CLI as another user (for files root can always read).
func asUser(binary string, uid, gid uint32) *runner {
	return &runner{binary: binary, cred: &syscall.Credential{Uid: uid, Gid: gid}}
}
