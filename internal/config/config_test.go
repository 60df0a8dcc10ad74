package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

func rule(code, name string, def bool, opts ...rules.Option) *rules.Rule {
	return rules.New(rules.Meta{Code: code, Name: name, Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python}, Default: def, Options: opts}, nil, nil)
}

var known = []*rules.Rule{
	rule("CVT001", "unused-suppression", true),
	rule("CVT201", "blocking-call-in-async", true,
		rules.Option{Name: "extra-calls", Type: options.TypeList, Doc: "d"},
		rules.Option{Name: "globs", Type: options.TypeList, Doc: "d"},
		rules.Option{Name: "strict", Type: options.TypeBool, Doc: "d"},
		rules.Option{Name: "depth", Type: options.TypeInt, Doc: "d"},
		rules.Option{Name: "mode", Type: options.TypeString, Doc: "d"}),
	rule("CVT202", "blocking-call-via-helper", true),
}

const fullPyproject = `[project]
name = "x"

[tool.covet-lint]
select = ["CVT2", "unused-suppression"]
extend-select = ["CVT001"]
ignore = ["CVT202"]
include = ["src/**/*.py"]
exclude = ["vendor/**", "**/gen_*.py"]
respect-gitignore = false
fail-on = "error"

[tool.covet-lint.per-file-ignores]
"tests/**" = ["CVT2"]
"conftest.py" = ["blocking-call-in-async"]

[tool.covet-lint.levels]
CVT201 = "error"
blocking-call-via-helper = "off"

[tool.covet-lint.options.blocking-call-in-async]
extra-calls = ["db.query", "cache.get"]
globs = ["src/{a,b}/*.py"]
strict = true
depth = 3
mode = "fast"
`

func TestParseEveryKey(t *testing.T) {
	c, err := Parse("/p/pyproject.toml", []byte(fullPyproject), true, known)
	if err != nil {
		t.Fatal(err)
	}
	no := false
	want := &Config{
		RespectGitignore: &no,
		File:             "/p/pyproject.toml", Dir: "/p",
		Select: []string{"CVT2", "unused-suppression"}, ExtendSelect: []string{"CVT001"}, Ignore: []string{"CVT202"},
		Include: []string{"src/**/*.py"}, Exclude: []string{"vendor/**", "**/gen_*.py"}, FailOn: "error",
		PerFileIgnores: []PerFileIgnore{{"conftest.py", []string{"blocking-call-in-async"}}, {"tests/**", []string{"CVT2"}}},
		Levels:         map[string]rules.Level{"CVT201": rules.Error, "CVT202": rules.Off},
		Options: map[string]map[string]any{"blocking-call-in-async": {
			"extra-calls": []string{"db.query", "cache.get"}, "globs": []string{"src/{a,b}/*.py"}, "strict": true, "depth": int64(3), "mode": "fast"}},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %#v\nwant %#v", c, want)
	}
}

func TestDotFileSameKeysAtTopLevel(t *testing.T) {
	doc := strings.ReplaceAll(strings.SplitN(fullPyproject, "[tool.covet-lint]\n", 2)[1], "tool.covet-lint.", "")
	dot, err := Parse("/p/.covet-lint.toml", []byte(doc), false, known)
	if err != nil {
		t.Fatal(err)
	}
	py, err := Parse("/p/pyproject.toml", []byte(fullPyproject), true, known)
	if err != nil {
		t.Fatal(err)
	}
	dot.File, py.File = "", ""
	if !reflect.DeepEqual(dot, py) {
		t.Errorf(".covet-lint.toml %#v\npyproject %#v", dot, py)
	}
}

func TestPyprojectWithoutTableContributesNothing(t *testing.T) {
	c, err := Parse("/p/pyproject.toml", []byte("[project]\nname = 'x'\n[tool.ruff]\nselect = ['E']\n"), true, known)
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "" || c.Select != nil || c.Levels != nil {
		t.Errorf("got %#v, want an empty configuration", c)
	}
	// Keys of other tools at the top of a pyproject are not ours.
	if _, err := Parse("/p/pyproject.toml", []byte("select = ['nope']\n"), true, known); err != nil {
		t.Errorf("top-level keys of a pyproject: %v", err)
	}
}

func TestEmptySelectIsSet(t *testing.T) {
	c, err := Parse("/p/.covet-lint.toml", []byte("select = []\n"), false, known)
	if err != nil {
		t.Fatal(err)
	}
	if c.Select == nil || len(c.Select) != 0 {
		t.Errorf("select = %#v, want set and empty", c.Select)
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if got := Find(dir); got != "" {
		t.Errorf("empty folder: %q", got)
	}
	write := func(name string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(""), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(Pyproject)
	if got := Find(dir); filepath.Base(got) != Pyproject {
		t.Errorf("got %q, want pyproject.toml", got)
	}
	write(DotFile)
	if got := Find(dir); filepath.Base(got) != DotFile {
		t.Errorf("got %q, want .covet-lint.toml to win", got)
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name, doc string
		line      int
		key, msg  string
	}{
		{"unknown key", "select = []\n\nselekt = ['CVT2']\n", 3, "tool.covet-lint.selekt", "unknown key"},
		{"unknown rule in select", "select = [\n  'CVT2',\n  'CVT9',\n]\n", 3, "tool.covet-lint.select[1]", `unknown rule or prefix "CVT9"`},
		{"unknown rule in ignore", "ignore = ['nope']\n", 1, "tool.covet-lint.ignore[0]", `unknown rule or prefix "nope"`},
		{"unknown rule in extend-select", "\nextend-select = ['E501']\n", 2, "tool.covet-lint.extend-select[0]", "unknown rule"},
		{"select not a list", "select = 'CVT2'\n", 1, "tool.covet-lint.select", "must be an array of strings"},
		{"select element not a string", "select = ['CVT2', 3]\n", 1, "tool.covet-lint.select[1]", "must be a string"},
		{"invalid include glob", "include = ['src/[a-']\n", 1, "tool.covet-lint.include[0]", "not a valid glob"},
		{"absolute exclude glob", "exclude = ['/abs/**']\n", 1, "tool.covet-lint.exclude[0]", "relative to the project folder"},
		{"bad fail-on", "fail-on = 'fatal'\n", 1, "tool.covet-lint.fail-on", `"fatal" is not error, warning, note or never`},
		{"fail-on not a string", "fail-on = 1\n", 1, "tool.covet-lint.fail-on", "must be a string"},
		{"respect-gitignore not a bool", "respect-gitignore = 'no'\n", 1, "tool.covet-lint.respect-gitignore", "must be true or false"},
		{"glob leaving the folder", "exclude = ['../x']\n", 1, "tool.covet-lint.exclude[0]", "must not leave"},
		{"bad per-file glob", "[tool.covet-lint.per-file-ignores]\n\"a/{b\" = ['CVT2']\n", 2, `tool.covet-lint.per-file-ignores."a/{b"`, "not a valid glob"},
		{"unknown rule in per-file-ignores", "[tool.covet-lint.per-file-ignores]\n'tests/**' = ['CVT201', 'CVT7']\n", 2, `tool.covet-lint.per-file-ignores."tests/**"[1]`, "unknown rule"},
		{"per-file-ignores not a table", "per-file-ignores = ['x']\n", 1, "tool.covet-lint.per-file-ignores", "must be a table"},
		{"bad level", "[tool.covet-lint.levels]\nCVT201 = 'fatal'\n", 2, "tool.covet-lint.levels.CVT201", `"fatal" is not error, warning, note or off`},
		{"level not a string", "[tool.covet-lint.levels]\nCVT201 = true\n", 2, "tool.covet-lint.levels.CVT201", "must be a string"},
		{"level of unknown rule", "[tool.covet-lint.levels]\nCVT2 = 'off'\n", 2, "tool.covet-lint.levels.CVT2", "unknown rule"},
		{"options of unknown rule", "[tool.covet-lint.options.no-such-rule]\nx = 1\n", 1, "tool.covet-lint.options.no-such-rule", "unknown rule"},
		{"options by code", "[tool.covet-lint.options.CVT201]\nstrict = true\n", 1, "tool.covet-lint.options.CVT201", `use "blocking-call-in-async"`},
		{"unknown option", "[tool.covet-lint.options.blocking-call-in-async]\nstrict = true\nstrikt = true\n", 3, "tool.covet-lint.options.blocking-call-in-async.strikt", "unknown option"},
		{"option of a rule without options", "[tool.covet-lint.options.unused-suppression]\nx = 1\n", 2, "tool.covet-lint.options.unused-suppression.x", "it has none"},
		{"bool option", "[tool.covet-lint.options.blocking-call-in-async]\nstrict = 'yes'\n", 2, "tool.covet-lint.options.blocking-call-in-async.strict", "must be true or false"},
		{"int option", "[tool.covet-lint.options.blocking-call-in-async]\ndepth = 1.5\n", 2, "tool.covet-lint.options.blocking-call-in-async.depth", "must be an integer"},
		{"string option", "[tool.covet-lint.options.blocking-call-in-async]\nmode = 1\n", 2, "tool.covet-lint.options.blocking-call-in-async.mode", "must be a string"},
		{"list option", "[tool.covet-lint.options.blocking-call-in-async]\nextra-calls = [1]\n", 2, "tool.covet-lint.options.blocking-call-in-async.extra-calls[0]", "must be a string"},
		{"inline table keys have lines", "options = { blocking-call-in-async = { strict = true,\n  nope = 1 } }\n", 2, "tool.covet-lint.options.blocking-call-in-async.nope", "unknown option"},
		{"dotted keys have lines", "\n\nlevels.CVT201 = 'loud'\n", 3, "tool.covet-lint.levels.CVT201", "is not error"},
		{"invalid TOML", "select = [\n'CVT2'\nignore = []\n", 3, "", "invalid TOML"},
		{"duplicate key", "select = []\nselect = []\n", 2, "", "invalid TOML"},
		{"table not a table", "", 0, "", ""}, // placeholder replaced below
	}
	cases[len(cases)-1] = struct {
		name, doc string
		line      int
		key, msg  string
	}{"covet-lint not a table", "", 2, "tool.covet-lint", "must be a table"}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := "[tool.covet-lint]\n" + c.doc
			line := c.line + 1
			if c.name == "covet-lint not a table" {
				doc, line = "[tool]\ncovet-lint = 1\n", c.line
			}
			_, err := Parse("proj/pyproject.toml", []byte(doc), true, known)
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("err = %v, want Errors", err)
			}
			e := es[0]
			if e.File != "proj/pyproject.toml" || e.Line != line || (c.key != "" && e.Key != c.key) || !strings.Contains(e.Msg, c.msg) {
				t.Errorf("got %q (line %d key %q), want line %d key %q message containing %q", e.Error(), e.Line, e.Key, line, c.key, c.msg)
			}
			if !strings.HasPrefix(e.Error(), "proj/pyproject.toml:") {
				t.Errorf("message %q does not start with the file", e.Error())
			}
		})
	}
}

func TestAllErrorsReportedInLineOrder(t *testing.T) {
	doc := "zzz = 1\nselect = ['nope']\n[levels]\nCVT201 = 'loud'\n"
	_, err := Parse("c.toml", []byte(doc), false, known)
	var es Errors
	if !errors.As(err, &es) || len(es) != 3 {
		t.Fatalf("err = %v, want 3 errors", err)
	}
	for i, want := range []int{1, 2, 4} {
		if es[i].Line != want {
			t.Errorf("error %d on line %d, want %d: %v", i, es[i].Line, want, es[i])
		}
	}
}

func TestWithCLI(t *testing.T) {
	c, err := Parse("/p/.covet-lint.toml", []byte("select = ['CVT2']\nignore = ['CVT202']\nextend-select = ['CVT001']\nfail-on = 'error'\n"), false, known)
	if err != nil {
		t.Fatal(err)
	}
	e := c.WithCLI(CLI{Select: []string{"CVT001"}, SelectSet: true, Ignore: []string{"CVT201"}, ExtendSelect: []string{"CVT202"}, FailOn: "note"})
	if !reflect.DeepEqual(e.Select, []string{"CVT001"}) || !reflect.DeepEqual(e.Ignore, []string{"CVT202", "CVT201"}) ||
		!reflect.DeepEqual(e.ExtendSelect, []string{"CVT001", "CVT202"}) || e.FailOn != "note" {
		t.Errorf("effective %#v", e)
	}
	if !reflect.DeepEqual(c.Select, []string{"CVT2"}) || len(c.Ignore) != 1 {
		t.Errorf("WithCLI changed the configuration: %#v", c)
	}
	kept := c.WithCLI(CLI{})
	if !reflect.DeepEqual(kept.Select, []string{"CVT2"}) || kept.FailOn != "error" {
		t.Errorf("without flags: %#v", kept)
	}
}

func TestEnabledDropsLevelOff(t *testing.T) {
	c, err := Parse("/p/.covet-lint.toml", []byte("[levels]\nblocking-call-via-helper = 'off'\nCVT201 = 'note'\n"), false, known)
	if err != nil {
		t.Fatal(err)
	}
	en, err := c.Enabled(known)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range en {
		got = append(got, r.Code)
	}
	if strings.Join(got, ",") != "CVT001,CVT201" {
		t.Errorf("enabled %v", got)
	}
}

func TestFileIgnores(t *testing.T) {
	root := t.TempDir()
	c, err := Parse(filepath.Join(root, ".covet-lint.toml"), []byte("[per-file-ignores]\n'tests/**' = ['CVT2']\n'conftest.py' = ['blocking-call-in-async']\n'src/*.py' = ['CVT001']\n"), false, known)
	if err != nil {
		t.Fatal(err)
	}
	ign := c.FileIgnores(root)
	for _, tc := range []struct {
		path string
		r    *rules.Rule
		want bool
	}{
		{"tests/test_a.py", known[1], true},
		{"tests/deep/test_a.py", known[2], true},
		{"tests/test_a.py", known[0], false},
		{"pkg/conftest.py", known[1], true}, // no slash: matches the base name anywhere
		{"pkg/conftest.py", known[2], false},
		{"src/a.py", known[0], true},
		{"src/sub/a.py", known[0], false},
		{"app.py", known[1], false},
	} {
		if got := ign(tc.path, tc.r); got != tc.want {
			t.Errorf("%s %s: %v, want %v", tc.path, tc.r.Code, got, tc.want)
		}
	}
	if (&Config{}).FileIgnores(root) != nil {
		t.Error("no per-file-ignores should give a nil function")
	}
}

func TestConfigElsewhereGlobsRelativeToItsFolder(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "proj")
	c := &Config{Dir: base, Include: []string{"proj/src/**", "other/**", "**/*.py", "*.py"}, Exclude: []string{"proj/gen/**"},
		PerFileIgnores: []PerFileIgnore{{"proj/tests/**", []string{"CVT201"}}}}
	inc, exc := c.DiscoveryGlobs(root)
	if !reflect.DeepEqual(inc, []string{"src/**", "**/*.py", "*.py"}) || !reflect.DeepEqual(exc, []string{"gen/**"}) {
		t.Errorf("config above the root: include %q exclude %q", inc, exc)
	}
	if !c.FileIgnores(root)("tests/a.py", known[1]) {
		t.Error("per-file-ignores should match relative to the configuration's folder")
	}
	below := &Config{Dir: filepath.Join(root, "sub"), Exclude: []string{"gen/**", "*.py", "cache/"}}
	// A name pattern keeps matching at any depth below the config's folder,
	// and a folders-only pattern stays folders-only.
	if _, exc := below.DiscoveryGlobs(root); !reflect.DeepEqual(exc, []string{"sub/gen/**", "sub/**/*.py", "sub/**/cache/"}) {
		t.Errorf("config below the root: exclude %q", exc)
	}
	same := &Config{Dir: root, Exclude: []string{"gen/**"}}
	if _, exc := same.DiscoveryGlobs(root); !reflect.DeepEqual(exc, []string{"gen/**"}) {
		t.Errorf("config in the root: exclude %q", exc)
	}
}

// TestOptionValues: options come out typed as declared, and a rule's
// Option reads them from the values the check seeds.
func TestOptionValues(t *testing.T) {
	c, err := Parse("/p/pyproject.toml", []byte(fullPyproject), true, known)
	if err != nil {
		t.Fatal(err)
	}
	want := options.Values{"blocking-call-in-async": {"extra-calls": []string{"db.query", "cache.get"}, "globs": []string{"src/{a,b}/*.py"}, "strict": true, "depth": int64(3), "mode": "fast"}}
	if !reflect.DeepEqual(c.Options, want) {
		t.Errorf("got %v, want %v", c.Options, want)
	}
	depth := options.Option[int64]{Rule: "blocking-call-in-async", Name: "depth", Default: 1}
	calls := options.Option[[]string]{Rule: "blocking-call-in-async", Name: "extra-calls"}
	if depth.From(c.Options) != 3 || !reflect.DeepEqual(calls.From(c.Options), []string{"db.query", "cache.get"}) {
		t.Errorf("read back: depth %d, extra-calls %v", depth.From(c.Options), calls.From(c.Options))
	}
	if depth.From(nil) != 1 {
		t.Error("an unset option does not read its default")
	}
}

func TestEncodeRoundTrips(t *testing.T) {
	c, err := Parse("/p/pyproject.toml", []byte(fullPyproject), true, known)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := c.Encode(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`select = ["CVT2", "unused-suppression"]`, `"tests/**" = ["CVT2"]`, `CVT202 = "off"`, "[options.blocking-call-in-async]", `extra-calls = ["db.query", "cache.get"]`, "depth = 3", `fail-on = "error"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("encoded config lacks %q:\n%s", want, b.String())
		}
	}
	back, err := Parse("/p/.covet-lint.toml", b.Bytes(), false, known)
	if err != nil {
		t.Fatalf("encoded config does not parse: %v\n%s", err, b.String())
	}
	back.File, c.File = "", ""
	if !reflect.DeepEqual(back, c) {
		t.Errorf("round trip:\n got %#v\nwant %#v", back, c)
	}
	var d bytes.Buffer
	if err := (&Config{}).Encode(&d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.String(), "# select is not set") || !strings.Contains(d.String(), `fail-on = "warning"`) {
		t.Errorf("defaults:\n%s", d.String())
	}
}
