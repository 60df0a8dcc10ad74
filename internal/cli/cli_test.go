package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/options"

	"github.com/covet-lint/covet-lint/rules/all"
)

// run runs Main in dir and returns the exit code, stdout and stderr.
func run(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Dir: dir})
	return code, out.String(), errb.String()
}

// repo writes files (path -> content) into a new folder.
func repo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const blocking = "import time\n\n\nasync def handler():\n    time.sleep(1)\n"

func codesIn(out string) []string {
	return regexp.MustCompile(`(?m)^\S+:\d+:\d+: (CVT\d+) `).FindAllString(out, -1)
}

func TestUserStory(t *testing.T) {
	// A ruff user configures covet-lint in pyproject.toml, silences a line
	// with # noqa, sees a stale suppression reported, and reads the rule.
	dir := repo(t, map[string]string{
		"pyproject.toml": "[project]\nname = \"app\"\n\n[tool.covet-lint]\nselect = [\"CVT2\", \"CVT001\"]\nfail-on = \"warning\"\n",
		"app.py":         "import time\n\n\nasync def handler():\n    time.sleep(1)  # noqa: CVT201\n    return 1  # noqa: CVT201\n",
	})
	code, out, _ := run(t, dir, "-q")
	if code != ExitFindings {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "app.py:6:") || !strings.Contains(out, "CVT001 unused suppression: no CVT201") {
		t.Errorf("stale suppression not reported:\n%s", out)
	}
	if strings.Contains(out, "app.py:5:") {
		t.Errorf("suppressed finding reported:\n%s", out)
	}
	code, out, _ = run(t, dir, "rule", "CVT201")
	if code != 0 || !strings.HasPrefix(out, "# CVT201 blocking-call-in-async") || !strings.Contains(out, "## Why is this bad?") {
		t.Errorf("rule CVT201: exit %d\n%s", code, out)
	}
}

func TestSubcommandsAndFolders(t *testing.T) {
	dir := repo(t, map[string]string{"rules/app.py": blocking, "config/app.py": blocking, "pyproject.toml": ""})
	code, out, _ := run(t, dir, "rules")
	if code != 0 || !strings.HasPrefix(out, "CODE") || !strings.Contains(out, "CVT201  blocking-call-in-async") {
		t.Errorf("rules: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{{"check", "rules"}, {"./rules"}, {"check", "-q", "config"}} {
		code, out, _ := run(t, dir, args...)
		if code != ExitFindings || len(codesIn(out)) != 1 || !strings.Contains(out, filepath.Join(strings.TrimPrefix(args[len(args)-1], "./"), "app.py")) {
			t.Errorf("%v: exit %d, want the folder scanned:\n%s", args, code, out)
		}
	}
	for _, args := range [][]string{{"rules", "-h"}, {"rule", "--help"}, {"--help"}, {"help"}, {"config", "-h"}} {
		if code, out, _ := run(t, dir, args...); code != 0 || !strings.Contains(out, "Usage") {
			t.Errorf("%v: exit %d\n%s", args, code, out)
		}
	}
	if code, out, _ := run(t, dir, "version"); code != 0 || !strings.HasPrefix(out, "covet-lint ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestRulesJSON(t *testing.T) {
	code, out, _ := run(t, t.TempDir(), "rules", "--format", "json")
	var rs []map[string]any
	if err := json.Unmarshal([]byte(out), &rs); err != nil || code != 0 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if len(rs) != len(all.Rules) {
		t.Fatalf("%d rules, want %d", len(rs), len(all.Rules))
	}
	for i, r := range all.Rules {
		got := rs[i]
		if got["code"] != r.Code || got["name"] != r.Name || got["level"] != string(r.Level) || got["default"] != r.Default || got["title"] != r.Title {
			t.Errorf("rule %d: %v", i, got)
		}
		if _, ok := got["languages"].([]any); !ok {
			t.Errorf("rule %d: languages %v", i, got["languages"])
		}
	}
	if code, _, errs := run(t, t.TempDir(), "rules", "--format", "xml"); code != ExitUsage || !strings.Contains(errs, "xml") {
		t.Errorf("bad format: %d %q", code, errs)
	}
}

func TestRule(t *testing.T) {
	_, byCode, _ := run(t, t.TempDir(), "rule", "CVT001")
	_, byName, _ := run(t, t.TempDir(), "rule", "unused-suppression")
	if byCode != byName || !strings.Contains(byCode, "# CVT001 unused-suppression") || !strings.Contains(byCode, "| warning | yes |") {
		t.Errorf("rule by code and by name differ or lack the header:\n%s\n---\n%s", byCode, byName)
	}
	for _, args := range [][]string{{"rule"}, {"rule", "CVT999"}, {"rule", "a", "b"}} {
		if code, _, errs := run(t, t.TempDir(), args...); code != ExitUsage || errs == "" {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
	}
}

func TestConfigCommand(t *testing.T) {
	dir := repo(t, map[string]string{
		"pyproject.toml": "[tool.covet-lint]\nselect = [\"CVT201\", \"CVT001\"]\nignore = [\"CVT001\"]\n[tool.covet-lint.levels]\nCVT201 = \"error\"\n",
	})
	code, out, errs := run(t, dir, "config")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"# from pyproject.toml [tool.covet-lint]", `select = ["CVT201", "CVT001"]`, `ignore = ["CVT001"]`, `CVT201 = "error"`, "# rules that run: CVT201\n", `fail-on = "warning"`} {
		if !strings.Contains(out, want) {
			t.Errorf("config lacks %q:\n%s", want, out)
		}
	}
	// --select replaces, --ignore and --extend-select add, --fail-on replaces.
	_, out, _ = run(t, dir, "config", "--select", "CVT001", "--extend-select", "CVT201", "--ignore", "CVT001", "--fail-on", "note")
	for _, want := range []string{`select = ["CVT001"]`, `extend-select = ["CVT201"]`, `ignore = ["CVT001", "CVT001"]`, `fail-on = "note"`, "# rules that run: CVT201\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("with flags, config lacks %q:\n%s", want, out)
		}
	}
	// No configuration at all.
	_, out, _ = run(t, repo(t, map[string]string{"a.py": ""}), "config")
	if !strings.Contains(out, "# no configuration file") || !strings.Contains(out, "# select is not set") {
		t.Errorf("defaults:\n%s", out)
	}
}

func TestConfigDiscovery(t *testing.T) {
	files := map[string]string{
		"pyproject.toml":    "[tool.covet-lint]\nselect = [\"CVT001\"]\n",
		".covet-lint.toml":  "select = [\"CVT201\"]\n",
		"other/custom.toml": "select = [\"CVT2\", \"CVT001\"]\n",
		"app.py":            blocking,
	}
	dir := repo(t, files)
	if _, out, _ := run(t, dir, "config"); !strings.Contains(out, "# from .covet-lint.toml") || !strings.Contains(out, `select = ["CVT201"]`) {
		t.Errorf(".covet-lint.toml should win:\n%s", out)
	}
	if _, out, _ := run(t, dir, "config", "--config", "other/custom.toml"); !strings.Contains(out, "# from other/custom.toml") || !strings.Contains(out, "# rules that run: CVT001, CVT201") {
		t.Errorf("--config should override discovery:\n%s", out)
	}
	if code, _, errs := run(t, dir, "--config", "missing.toml"); code != ExitUsage || !strings.Contains(errs, "missing.toml") {
		t.Errorf("missing --config: %d %q", code, errs)
	}
	// Only the root's configuration is read: a sub-folder's is not.
	sub := repo(t, map[string]string{"pyproject.toml": "", "pkg/.covet-lint.toml": "select = ['nonsense']\n", "pkg/app.py": blocking})
	if code, _, errs := run(t, sub, "-q"); code != ExitFindings {
		t.Errorf("a sub-folder's configuration was read: exit %d %s", code, errs)
	}
	// A pyproject without the table contributes nothing.
	plain := repo(t, map[string]string{"pyproject.toml": "[tool.ruff]\nselect = ['E']\n", "app.py": blocking})
	if code, out, _ := run(t, plain, "-q"); code != ExitFindings || len(codesIn(out)) != 1 {
		t.Errorf("pyproject without the table: exit %d\n%s", code, out)
	}
}

func TestConfigErrorsExit2(t *testing.T) {
	cases := []struct{ doc, want string }{
		{"[tool.covet-lint]\nselct = []\n", "pyproject.toml:2: tool.covet-lint.selct: unknown key"},
		{"[tool.covet-lint]\nignore = [\"CVT9\"]\n", `pyproject.toml:2: tool.covet-lint.ignore[0]: unknown rule or prefix "CVT9"`},
		{"[tool.covet-lint]\n\n[tool.covet-lint.levels]\nCVT201 = \"loud\"\n", "pyproject.toml:4: tool.covet-lint.levels.CVT201:"},
		{"[tool.covet-lint]\nexclude = [\"a/[\"]\n", `pyproject.toml:2: tool.covet-lint.exclude[0]: pattern "a/[" is not a valid glob`},
		{"[tool.covet-lint\n", "pyproject.toml:1:"},
	}
	for _, c := range cases {
		dir := repo(t, map[string]string{"pyproject.toml": c.doc, "app.py": blocking})
		for _, cmd := range [][]string{{"check"}, {"config"}} {
			code, out, errs := run(t, dir, cmd...)
			if code != ExitUsage || !strings.Contains(errs, "covet-lint: "+c.want) || out != "" {
				t.Errorf("%v %q: exit %d, stderr %q, want %q", cmd, c.doc, code, errs, c.want)
			}
		}
	}
}

func TestFlagErrorsExit2(t *testing.T) {
	dir := repo(t, map[string]string{"app.py": blocking})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--select", "CVT9"}, `--select: unknown rule or prefix "CVT9"`},
		{[]string{"--ignore", "nope"}, `--ignore: unknown rule or prefix "nope"`},
		{[]string{"--extend-select", "E501"}, `--extend-select: unknown rule`},
		{[]string{"--fail-on", "fatal"}, "--fail-on"},
		{[]string{"--statistics", "--format", "sarif"}, "--statistics"},
		{[]string{"--no-such-flag"}, "no-such-flag"},
	} {
		if code, _, errs := run(t, dir, c.args...); code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, errs, c.want)
		}
	}
}

func TestLevelsPerFileIgnoresAndFailOn(t *testing.T) {
	files := map[string]string{
		"app.py":              blocking,
		"tools/app_checks.py": blocking + "    time.sleep(2)  # noqa: CVT201\n",
	}
	withConfig := func(cfg string) string {
		files["pyproject.toml"] = "[tool.covet-lint]\n" + cfg
		return repo(t, files)
	}
	// per-file-ignores drops the tests' findings; their noqa is not unused.
	code, out, _ := run(t, withConfig("[tool.covet-lint.per-file-ignores]\n\"tools/**\" = [\"CVT201\"]\n"), "-q")
	if got := codesIn(out); code != ExitFindings || len(got) != 1 || !strings.Contains(out, "app.py:5:5: CVT201") {
		t.Errorf("per-file-ignores: exit %d %v\n%s", code, got, out)
	}
	// A level of note does not fail at the default fail-on warning...
	dir := withConfig("[tool.covet-lint.levels]\nblocking-call-in-async = \"note\"\n")
	if code, out, _ := run(t, dir, "-q"); code != ExitClean || len(codesIn(out)) != 2 {
		t.Errorf("level note: exit %d\n%s", code, out)
	}
	// ...but does with --fail-on note, and with fail-on = "note" configured.
	if code, _, _ := run(t, dir, "-q", "--fail-on", "note"); code != ExitFindings {
		t.Errorf("level note, --fail-on note: exit %d", code)
	}
	if code, _, _ := run(t, withConfig("fail-on = \"note\"\n[tool.covet-lint.levels]\nCVT201 = \"note\"\n"), "-q"); code != ExitFindings {
		t.Errorf("level note, fail-on note configured: exit %d", code)
	}
	// error fails at fail-on error; off disables the rule, and its
	// suppressions are not called unused.
	if code, _, _ := run(t, withConfig("fail-on = \"error\"\n[tool.covet-lint.levels]\nCVT201 = \"error\"\n"), "-q"); code != ExitFindings {
		t.Errorf("level error: exit %d", code)
	}
	if code, out, _ := run(t, withConfig("fail-on = \"error\"\n"), "-q"); code != ExitClean || len(codesIn(out)) != 2 {
		t.Errorf("fail-on error with warnings: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, withConfig("[tool.covet-lint.levels]\nCVT201 = \"off\"\n"), "-q"); code != ExitClean || out != "" {
		t.Errorf("level off: exit %d\n%s", code, out)
	}
	// --select replaces the configured select; with CVT201 not selected,
	// its noqa is not called unused.
	dir = withConfig("select = [\"CVT001\"]\n")
	if code, out, _ := run(t, dir, "-q"); code != ExitClean || out != "" {
		t.Errorf("configured select: exit %d\n%s", code, out)
	}
	if _, out, _ := run(t, dir, "-q", "--select", "CVT201,CVT001"); len(codesIn(out)) != 2 || strings.Contains(out, "CVT001") {
		t.Errorf("--select CVT201,CVT001:\n%s", out)
	}
	// extend-select adds to an empty select; --extend-select adds more.
	dir = withConfig("select = []\nextend-select = [\"blocking-call-in-async\"]\n")
	if _, out, _ := run(t, dir, "-q"); len(codesIn(out)) != 2 || strings.Contains(out, "CVT001") {
		t.Errorf("extend-select:\n%s", out)
	}
	if _, out, _ := run(t, dir, "config", "--extend-select", "CVT001"); !strings.Contains(out, "# rules that run: CVT001, CVT201\n") {
		t.Errorf("--extend-select on top of extend-select:\n%s", out)
	}
	// --ignore adds to the configured ignore.
	if code, out, _ := run(t, withConfig("ignore = [\"CVT001\"]\n"), "-q", "--ignore", "CVT201"); code != ExitClean || out != "" {
		t.Errorf("--ignore on top of ignore: exit %d\n%s", code, out)
	}
}

func TestQuietAndStatistics(t *testing.T) {
	dir := repo(t, map[string]string{"a.py": blocking + "    time.sleep(2)\n    x = 1  # noqa: CVT201\n"})
	_, _, errs := run(t, dir)
	if !strings.Contains(errs, "covet-lint: 1 file, 3 findings") {
		t.Errorf("summary: %q", errs)
	}
	for _, q := range []string{"-q", "--quiet"} {
		if _, _, errs := run(t, dir, q); errs != "" {
			t.Errorf("%s: stderr %q", q, errs)
		}
	}
	code, out, _ := run(t, dir, "-q", "--statistics")
	if code != ExitFindings || out != "2  CVT201  blocking-call-in-async\n1  CVT001  unused-suppression\n" {
		t.Errorf("statistics: exit %d\n%q", code, out)
	}
	_, out, _ = run(t, dir, "-q", "--statistics", "--format", "json")
	var stats []struct {
		Code  string
		Name  string
		Count int
	}
	if err := json.Unmarshal([]byte(out), &stats); err != nil || len(stats) != 2 || stats[0].Code != "CVT201" || stats[0].Count != 2 || stats[1].Count != 1 {
		t.Errorf("statistics json: %v %+v\n%s", err, stats, out)
	}
}

func TestDocsAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "rules")
	pages := DocPages(all.Rules)
	for name, want := range pages {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("docs/rules/%s is stale or missing; run go generate ./internal/cli", name)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := pages[e.Name()]; !ok {
			t.Errorf("docs/rules/%s belongs to no rule; run go generate ./internal/cli", e.Name())
		}
	}
}

func TestWriteDocs(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "CVT999.md")
	if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, dir, "rule", "--docs", "out"); code != 0 {
		t.Fatalf("rule --docs: %d %s", code, errs)
	}
	if code, _, _ := run(t, dir, "rule", "--docs", "."); code != 0 {
		t.Fatal("rule --docs .")
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("a page of a rule that does not exist was kept")
	}
	index, err := os.ReadFile(filepath.Join(dir, "out", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all.Rules {
		if !strings.Contains(string(index), "["+r.Code+"]("+r.Code+".md)") {
			t.Errorf("index lacks %s", r.Code)
		}
		page, err := os.ReadFile(filepath.Join(dir, "out", r.Code+".md"))
		if err != nil || string(page) != RulePage(r) {
			t.Errorf("%s page: %v", r.Code, err)
		}
	}
}

// TestRuleOptionsAreResults holds every rule to the contract of
// [tool.covet-lint.options.<name>]: options reach a rule as the result of
// options.Analyzer, never through its analyzer's flags.
func TestRuleOptionsAreResults(t *testing.T) {
	for _, r := range all.Rules {
		r.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			t.Errorf("%s has a flag %q: options are read through options.Option", r.Code, f.Name)
		})
		if len(r.Options) > 0 && !slices.Contains(r.Analyzer.Requires, options.Analyzer) {
			t.Errorf("%s declares options but does not require options.Analyzer", r.Code)
		}
	}
}

func TestRuleOptionsFromConfiguration(t *testing.T) {
	src := "import mylib, time\n\n\nasync def handler():\n    mylib.fetch()\n    time.sleep(1)\n"
	opts := "[tool.covet-lint.options.blocking-call-in-async]\nextra-blocking = [\"mylib.fetch\"]\nextra-allowed = [\"time.sleep\"]\n"
	dir := repo(t, map[string]string{"pyproject.toml": "[tool.covet-lint]\n" + opts, "app.py": src})
	_, out, errs := run(t, dir, "-q")
	if got := codesIn(out); len(got) != 1 || !strings.Contains(out, "app.py:5:5: CVT201") {
		t.Errorf("options: %v\n%s%s", got, out, errs)
	}
	// The next run in the same process, without options, is back to the
	// defaults.
	plain := repo(t, map[string]string{"pyproject.toml": "", "app.py": src})
	if _, out, _ := run(t, plain, "-q"); len(codesIn(out)) != 1 || !strings.Contains(out, "app.py:6:5: CVT201") {
		t.Errorf("defaults after a run with options:\n%s", out)
	}
	if _, out, _ := run(t, dir, "config"); !strings.Contains(out, "[options.blocking-call-in-async]\nextra-allowed = [\"time.sleep\"]\nextra-blocking = [\"mylib.fetch\"]\n") {
		t.Errorf("config does not echo the options:\n%s", out)
	}
	bad := repo(t, map[string]string{"pyproject.toml": "[tool.covet-lint.options.blocking-call-in-async]\nextra-blocking = \"mylib.fetch\"\n", "app.py": src})
	if code, _, errs := run(t, bad, "-q"); code != ExitUsage || !strings.Contains(errs, "pyproject.toml:2: tool.covet-lint.options.blocking-call-in-async.extra-blocking: must be an array of strings") {
		t.Errorf("bad option value: exit %d %q", code, errs)
	}
}

func TestIncludeExcludeAndGitignore(t *testing.T) {
	files := map[string]string{
		"src/app.py":          blocking,
		"vendor/lib.py":       blocking,
		"gen/out.py":          blocking,
		"scratch.py":          blocking,
		".gitignore":          "scratch.py\n",
		"tools/app_checks.py": blocking,
	}
	withConfig := func(cfg string) string {
		files["pyproject.toml"] = "[tool.covet-lint]\n" + cfg
		return repo(t, files)
	}
	paths := func(out string) string {
		var ps []string
		for _, m := range regexp.MustCompile(`(?m)^(\S+):\d+:\d+: CVT`).FindAllStringSubmatch(out, -1) {
			ps = append(ps, filepath.ToSlash(m[1]))
		}
		return strings.Join(ps, " ")
	}
	dir := withConfig("exclude = [\"vendor/**\", \"gen/\"]\n")
	if _, out, _ := run(t, dir, "-q"); paths(out) != "src/app.py tools/app_checks.py" {
		t.Errorf("exclude: %q", paths(out))
	}
	// exclude applies to paths passed explicitly too (pre-commit passes
	// every changed file).
	if code, out, _ := run(t, dir, "-q", "vendor/lib.py", "src/app.py"); code != ExitFindings || paths(out) != "src/app.py" {
		t.Errorf("exclude with explicit paths: exit %d %q", code, paths(out))
	}
	if _, out, _ := run(t, withConfig("include = [\"src/**\"]\n"), "-q"); paths(out) != "src/app.py" {
		t.Errorf("include: %q", paths(out))
	}
	if _, out, _ := run(t, withConfig("respect-gitignore = false\nexclude = [\"vendor\", \"gen\", \"tools\"]\n"), "-q"); paths(out) != "scratch.py src/app.py" {
		t.Errorf("respect-gitignore = false: %q", paths(out))
	}
	// per-file-ignores with a folder pattern covers everything inside it.
	if _, out, _ := run(t, withConfig("exclude = [\"vendor\", \"gen\"]\n[tool.covet-lint.per-file-ignores]\n\"tools/\" = [\"CVT201\"]\n"), "-q"); paths(out) != "src/app.py" {
		t.Errorf("per-file-ignores folder: %q", paths(out))
	}
}

// TestConfigOutputIsAConfiguration feeds `covet-lint config` output back
// through --config: the settings echoed are the settings read.
func TestConfigOutputIsAConfiguration(t *testing.T) {
	dir := repo(t, map[string]string{
		"pyproject.toml": "[tool.covet-lint]\nselect = [\"CVT2\"]\nexclude = [\"gen/\"]\nrespect-gitignore = false\n" +
			"[tool.covet-lint.per-file-ignores]\n\"tools/**\" = [\"CVT201\"]\n[tool.covet-lint.levels]\nunused-suppression = \"note\"\n" +
			"[tool.covet-lint.options.blocking-call-in-async]\nextra-blocking = [\"a.b\", \"c.{d,e}\"]\n",
	})
	_, first, errs := run(t, dir, "config", "--ignore", "CVT202")
	if errs != "" {
		t.Fatal(errs)
	}
	if err := os.WriteFile(filepath.Join(dir, "echo.toml"), []byte(first), 0o644); err != nil {
		t.Fatal(err)
	}
	_, second, errs := run(t, dir, "config", "--config", "echo.toml")
	if errs != "" {
		t.Fatal(errs)
	}
	body := func(s string) string { return s[strings.Index(s, "# rules that run"):] }
	if body(first) != body(second) {
		t.Errorf("echoed settings differ when read back:\n%s\n---\n%s", first, second)
	}
}

func TestSARIFGetsConfiguredLevels(t *testing.T) {
	dir := repo(t, map[string]string{"pyproject.toml": "[tool.covet-lint.levels]\nCVT201 = \"error\"\n", "app.py": blocking})
	_, out, _ := run(t, dir, "-q", "--format", "sarif")
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string `json:"id"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				Level string `json:"level"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%v\n%s", err, out)
	}
	found := false
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if r.ID == "CVT201" {
			found = r.DefaultConfiguration.Level == "error"
		}
	}
	if !found || len(log.Runs[0].Results) != 1 || log.Runs[0].Results[0].Level != "error" {
		t.Errorf("configured level not in SARIF:\n%s", out)
	}
}
