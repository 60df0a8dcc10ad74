package badinput

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/covet-lint/covet-lint/internal/output"
)

// caseDeadline bounds one run of the CLI. It is far above any budget the
// suite sets, so only a hang reaches it; then the child is killed and the
// test fails instead of stalling CI.
const caseDeadline = 120 * time.Second

// fileTimeout is the per-file budget every run is given.
const fileTimeout = 2 * time.Second

// result is one run of the CLI.
type result struct {
	args           []string
	code           int
	stdout, stderr string
	elapsed        time.Duration
	// maxRSS is the child's peak resident memory in bytes. Linux counts the
	// test process's own from the fork until exec, so it errs high.
	maxRSS int64
}

// runner starts the child CLI; tests that need another user change it.
type runner struct {
	binary string
	cred   *syscall.Credential
}

var self = runner{}

// run runs covet-lint in dir with the suite's file budget and --verbose
// (so notes are listed), then args.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return self.run(t, dir, append([]string{"--verbose", "--file-timeout", fileTimeout.String()}, args...)...)
}

func (r runner) run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	bin := r.binary
	if bin == "" {
		bin = os.Args[0]
	}
	ctx, cancel := context.WithTimeout(context.Background(), caseDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cliEnv+"=1", "NO_COLOR=")
	if r.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: r.cred}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	err := cmd.Run()
	res := result{args: args, stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("covet-lint %q hung: killed after %v\nstderr tail: %s", args, caseDeadline, tail(res.stderr))
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("covet-lint %q: %v", args, err)
	}
	st := cmd.ProcessState
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		t.Fatalf("covet-lint %q crashed: %v\nstderr tail: %s", args, ws.Signal(), tail(res.stderr))
	}
	res.code = st.ExitCode()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		res.maxRSS = ru.Maxrss * 1024 // Linux reports kilobytes
	}
	return res
}

// tail is the end of a run's output for a failure message, escaped line
// by line so a hostile repository cannot write to the test log's terminal.
func tail(s string) string {
	const n = 2000
	if len(s) > n {
		s = "…" + s[len(s)-n:]
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = output.Escape(l)
	}
	return strings.Join(lines, "\n")
}

// writeRepo writes files (slash path -> content) into a new folder.
func writeRepo(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return dir
}

func writeFiles(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	for p, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
