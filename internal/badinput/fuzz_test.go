package badinput

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/covet-lint/covet-lint/internal/cli"
	"github.com/covet-lint/covet-lint/internal/output/sarif/sariftest"
)

// fuzzFiles are the paths each fuzz input is written to, beside the
// control file: every front-end and manifest reader sees it.
var fuzzFiles = []string{"x.py", "src/lib.rs", "README.md", "sub/Cargo.toml", "sub/pyproject.toml"}

// Hang detector bounds (not a benchmark): a run may take 30 seconds plus a
// millisecond per input byte (each input is written to five files, read at
// megabytes per second), hundreds of times what a linear pipeline needs on
// a loaded CI machine, so only a superlinear phase or a budget that is not
// enforced trips it, never a slow machine.
const (
	hangBase    = 30 * time.Second
	hangPerByte = time.Millisecond
)

// fuzzSeeds are the pathological shapes, small, so that the seed corpus
// runs fast under plain go test and the fuzzer grows them.
var fuzzSeeds = []string{
	"",
	"async def g():\n    time.sleep(1)\n",
	"async def g():\n    x = f" + strings.Repeat("()", 3000) + "\n",
	"async def g():\n    x = " + strings.Repeat("await ", 2000) + "y\n",
	"x = " + strings.Repeat("lambda: ", 2000) + "1\n",
	"x = a" + strings.Repeat(".b", 3000) + strings.Repeat("[0]", 1000) + "\n",
	"x = " + strings.Repeat("f(", 1000) + strings.Repeat(")", 1000) + "\n",
	"async fn f() { let x = " + strings.Repeat("|| ", 2000) + "1; std::thread::sleep(d); }\n",
	"async fn f() { y" + strings.Repeat(".await", 2000) + "; }\n",
	"fn f() " + strings.Repeat("{", 1000) + strings.Repeat("}", 1000) + "\n",
	strings.Repeat("> ", 300) + "x\n" + strings.Repeat("- ", 300) + "y\n",
	strings.Repeat("[", 1000) + strings.Repeat("*", 1000) + "\n",
	"\ufeffimport time\r\nasync def g():\r    time.sleep(1)\r\n",
	"async def g():\n    time.sleep(1)  # \x1b]0;t\x07\x1b[2J\u009b\n",
	"def (\n\x00\xff\xfe",
	"[package\nname = \"x\"\n[lib]\ncrate-type = [\"cdylib\"\n",
	"00\U000a69a6",
}

// FuzzWholePipeline writes each input as a Python, Rust, Markdown and two
// TOML files beside the control file and runs the command in text and
// SARIF. Whatever the bytes: the control's finding is reported, exit 1,
// text output and stderr are terminal-safe, SARIF is valid, and each run
// ends within the hang detector's bound.
func FuzzWholePipeline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		files := map[string][]byte{"control.py": controlSrc}
		for _, p := range fuzzFiles {
			files[p] = data
		}
		dir := writeRepo(t, files)
		bound := hangBase + time.Duration(len(data))*hangPerByte
		for _, format := range []string{"text", "sarif"} {
			code, stdout, stderr := runBounded(t, bound, dir, "--root", dir, "--verbose", "--format", format)
			if code != 1 {
				t.Fatalf("%s: exit %d, want 1\n%s", format, code, tail(stderr))
			}
			checkTerminalSafe(t, "stderr", stderr)
			if format == "text" {
				checkTerminalSafe(t, "stdout", stdout)
				if !strings.HasPrefix(stdout, "control.py:5:5: CVT201 ") && !strings.Contains(stdout, "\ncontrol.py:5:5: CVT201 ") {
					t.Errorf("text output lacks the control finding:\n%s", tail(stdout))
				}
				continue
			}
			if err := validateSARIF(t, []byte(stdout)); err != nil {
				t.Error(err)
			}
		}
	})
}

// runBounded runs the command in-process and fails the test as a hang if it
// takes longer than bound (the run's goroutine is left behind; the test
// binary ends with the failure).
func runBounded(t *testing.T, bound time.Duration, dir string, args ...string) (int, string, string) {
	t.Helper()
	type outcome struct {
		code        int
		out, errout string
	}
	done := make(chan outcome, 1)
	go func() {
		var out, errb bytes.Buffer
		code := cli.Main(args, cli.Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Dir: dir})
		done <- outcome{code, out.String(), errb.String()}
	}()
	select {
	case o := <-done:
		return o.code, o.out, o.errout
	case <-time.After(bound):
		t.Fatalf("hang detector: covet-lint %q ran past %v (30 s plus 1 ms per input byte)", args, bound)
	}
	return 0, "", ""
}

// validateSARIF checks the log against the schema and that it holds the
// control finding.
func validateSARIF(t *testing.T, log []byte) error {
	if err := sariftest.Validate(schemaSample(t, log)); err != nil {
		return fmt.Errorf("SARIF breaks the schema: %v", err)
	}
	var l sarifLog
	if err := json.Unmarshal(log, &l); err != nil || len(l.Runs) != 1 {
		return fmt.Errorf("SARIF: %v", err)
	}
	for _, r := range l.Runs[0].Results {
		for _, loc := range r.Locations {
			reg := loc.PhysicalLocation.Region
			if (finding{loc.path(), reg.StartLine, reg.StartColumn, r.RuleID}) == control {
				return nil
			}
		}
	}
	return fmt.Errorf("SARIF lacks the control finding")
}
