package main

// End-to-end tests: build the real binary once, run it on every example
// repository under the module's testdata/ folder, and compare its output in
// every format with the golden files in cmd/covet-lint/testdata/.
//
// Goldens change whenever a rule gains or loses findings in an example
// repository; that is expected. Review the diff, then refresh them with
//
//	go test ./cmd/covet-lint -update
//
// and commit the new goldens with the change that caused them.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/output/sarif/sariftest"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// testVersion is stamped into the binary so SARIF goldens do not depend on
// the commit.
const testVersion = "0.0.0-test"

var (
	binary     string // the built covet-lint
	moduleRoot string
	examples   string // moduleRoot/testdata: the working folder of every run
	home       string // an empty HOME, so no user configuration leaks in
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	var err error
	if moduleRoot, err = sariftest.ModuleRoot(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	examples = filepath.Join(moduleRoot, "testdata")
	tmp, err := os.MkdirTemp("", "covet-lint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	home = filepath.Join(tmp, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	binary = filepath.Join(tmp, "covet-lint")
	build := exec.Command("go", "build",
		"-ldflags", "-X github.com/covet-lint/covet-lint/internal/cli.version="+testVersion,
		"-o", binary, "./cmd/covet-lint")
	build.Dir = moduleRoot
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building covet-lint: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// result is one run of the binary.
type result struct {
	stdout, stderr string
	code           int
}

// covetLint runs the binary in dir (relative to the examples folder).
func covetLint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return covetLintIn(t, filepath.Join(examples, dir), args...)
}

// covetLintIn runs the binary in dir.
func covetLintIn(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = []string{"HOME=" + home, "XDG_CONFIG_HOME=" + home, "NO_COLOR=1", "PATH=" + os.Getenv("PATH")}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("covet-lint %s: %v", strings.Join(args, " "), err)
	}
	return r
}

// repositories are the example repositories: every folder of testdata/.
func repositories(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(examples)
	if err != nil {
		t.Fatal(err)
	}
	var repos []string
	for _, e := range entries {
		if e.IsDir() {
			repos = append(repos, e.Name())
		}
	}
	if len(repos) < 3 {
		t.Fatalf("found only %v under %s", repos, examples)
	}
	return repos
}

// formats and the golden file extension of each.
var formats = []string{"text", "json", "github", "sarif"}

// scan runs a quiet scan of repo in one format from the examples folder,
// so text paths read "repo/..." whatever machine runs the test.
func scan(t *testing.T, repo, format string, extra ...string) result {
	t.Helper()
	args := append([]string{"check", "--quiet", "--no-color", "--format", format}, extra...)
	return covetLint(t, ".", append(args, repo)...)
}

func goldenPath(repo, ext string) string {
	return filepath.Join("testdata", strings.ReplaceAll(repo, " ", "_")+"."+ext)
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/covet-lint -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s differs from the output at line %d:\n got: %q\nwant: %q\n(if the change is intended: go test ./cmd/covet-lint -update)", path, i+1, g, w)
			return
		}
	}
}

func TestGoldens(t *testing.T) {
	for _, repo := range repositories(t) {
		t.Run(repo, func(t *testing.T) {
			var code int
			for _, format := range formats {
				r := scan(t, repo, format)
				if format == "text" {
					code = r.code
					// Exit status and warnings, so a change in either shows.
					compareGolden(t, goldenPath(repo, "stderr"), fmt.Sprintf("exit status %d\n%s", r.code, r.stderr))
				} else if r.code != code {
					t.Errorf("--format %s exited %d, text exited %d", format, r.code, code)
				}
				compareGolden(t, goldenPath(repo, format), r.stdout)
			}
		})
	}
}

// Every repository's SARIF validates against the OASIS schema, and every
// artifact URI, percent-decoded against the repository, names a real file.
func TestSARIFSchemaAndURIs(t *testing.T) {
	for _, repo := range repositories(t) {
		t.Run(repo, func(t *testing.T) {
			r := scan(t, repo, "sarif", "--exit-zero")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if err := sariftest.Validate([]byte(r.stdout)); err != nil {
				t.Fatalf("SARIF does not validate: %v", err)
			}
			var log struct {
				Runs []struct {
					Tool struct {
						Driver struct{ Version string }
					}
					Results []struct {
						Locations, RelatedLocations []struct {
							PhysicalLocation struct {
								ArtifactLocation struct{ URI, URIBaseID string }
							}
						}
					}
				}
			}
			if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
				t.Fatal(err)
			}
			if got := log.Runs[0].Tool.Driver.Version; got != testVersion {
				t.Errorf("driver version %q, want %q", got, testVersion)
			}
			for _, res := range log.Runs[0].Results {
				for _, l := range append(res.Locations, res.RelatedLocations...) {
					u, err := url.Parse(l.PhysicalLocation.ArtifactLocation.URI)
					if err != nil || u.IsAbs() || strings.HasPrefix(u.Path, "/") {
						t.Errorf("uri %q is not a relative reference: %v", l.PhysicalLocation.ArtifactLocation.URI, err)
						continue
					}
					if _, err := os.Stat(filepath.Join(examples, repo, filepath.FromSlash(u.Path))); err != nil {
						t.Errorf("uri %q does not name a file of %s: %v", l.PhysicalLocation.ArtifactLocation.URI, repo, err)
					}
				}
			}
		})
	}
}

// Paths in JSON are root-relative, slash-separated and name real files.
func TestJSONPaths(t *testing.T) {
	for _, repo := range repositories(t) {
		t.Run(repo, func(t *testing.T) {
			var rep struct {
				Findings []struct{ Path string }
				Warnings []struct{ Path string }
			}
			r := scan(t, repo, "json", "--exit-zero")
			if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
				t.Fatalf("%v\n%s", err, r.stdout)
			}
			for _, f := range append(rep.Findings, rep.Warnings...) {
				if _, err := os.Stat(filepath.Join(examples, repo, filepath.FromSlash(f.Path))); err != nil || strings.HasPrefix(f.Path, repo) {
					t.Errorf("path %q is not relative to the repository root: %v", f.Path, err)
				}
			}
		})
	}
}

// The same bytes whatever the worker count.
func TestDeterministicAcrossJobs(t *testing.T) {
	for _, repo := range repositories(t) {
		for _, format := range formats {
			one := scan(t, repo, format, "--jobs", "1")
			four := scan(t, repo, format, "--jobs", "4")
			if one != four {
				t.Errorf("%s --format %s: --jobs 1 and --jobs 4 differ:\n%+v\n%+v", repo, format, one, four)
			}
		}
	}
}

func TestExitCodes(t *testing.T) {
	errorFindings := func(repo string) bool {
		var rep struct{ Findings []struct{ Level string } }
		if err := json.Unmarshal([]byte(scan(t, repo, "json", "--exit-zero").stdout), &rep); err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if f.Level == "error" {
				return true
			}
		}
		return false
	}
	failOnError := 0
	if errorFindings("covetpy") {
		failOnError = 1
	}
	missing := filepath.Join(t.TempDir(), "missing", "report.sarif")
	cases := []struct {
		name  string
		dir   string
		args  []string
		code  int
		empty bool // nothing on standard output
	}{
		{"clean repository", ".", []string{"clean"}, 0, true},
		{"clean repository from inside", "clean", nil, 0, true},
		{"findings", ".", []string{"covetpy"}, 1, false},
		{"findings, subcommand", ".", []string{"check", "covetpy"}, 1, false},
		{"findings in one file", ".", []string{"covetpy/src/covet/server/handlers.py"}, 1, false},
		{"exit-zero", ".", []string{"--exit-zero", "covetpy"}, 0, false},
		{"fail-on never", ".", []string{"--fail-on", "never", "covetpy"}, 0, false},
		{"fail-on error", ".", []string{"--fail-on", "error", "covetpy"}, failOnError, false},
		{"bad flag", ".", []string{"--no-such-flag", "covetpy"}, 2, true},
		{"bad format", ".", []string{"--format", "xml", "covetpy"}, 2, true},
		{"bad fail-on", ".", []string{"--fail-on", "sometimes", "covetpy"}, 2, true},
		{"missing path", ".", []string{"no-such-folder"}, 2, true},
		{"bad jobs", ".", []string{"--jobs", "-1", "covetpy"}, 2, true},
		// The report cannot be written: exit 3, and the findings are not
		// printed anywhere else.
		{"output into a missing folder", ".", []string{"--format", "sarif", "--output", missing, "covetpy"}, 3, true},
		{"output into a missing folder, clean", ".", []string{"--output", missing, "clean"}, 3, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := covetLint(t, c.dir, c.args...)
			if r.code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, c.code, r.stdout, r.stderr)
			}
			if c.empty != (r.stdout == "") {
				t.Errorf("stdout = %q, want empty: %v", r.stdout, c.empty)
			}
			if c.code >= 2 && !strings.HasPrefix(r.stderr, "covet-lint: ") && !strings.Contains(r.stderr, "\ncovet-lint: ") {
				t.Errorf("exit %d without a covet-lint: message on stderr: %q", c.code, r.stderr)
			}
			if c.code == 3 && !strings.Contains(r.stderr, "cannot write output") {
				t.Errorf("stderr %q does not say the output could not be written", r.stderr)
			}
		})
	}
}

// --output writes the same bytes the standard output would get.
func TestOutputFile(t *testing.T) {
	for _, format := range formats {
		out := filepath.Join(t.TempDir(), "report."+format)
		r := scan(t, "covetpy", format, "--output", out)
		if r.code != 1 || r.stdout != "" {
			t.Fatalf("--format %s --output: exit %d, stdout %q", format, r.code, r.stdout)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if want := scan(t, "covetpy", format).stdout; string(got) != want {
			t.Errorf("--format %s: --output file differs from standard output", format)
		}
	}
}

func TestSARIFCategory(t *testing.T) {
	r := scan(t, "clean", "sarif", "--sarif-category", "covet-lint/python")
	if !strings.Contains(r.stdout, `"automationDetails": {`) || !strings.Contains(r.stdout, `"id": "covet-lint/python"`) {
		t.Errorf("no automationDetails with the category:\n%s", r.stdout)
	}
	if err := sariftest.Validate([]byte(r.stdout)); err != nil {
		t.Error(err)
	}
	if strings.Contains(scan(t, "clean", "sarif").stdout, "automationDetails") {
		t.Error("automationDetails written without --sarif-category")
	}
}
