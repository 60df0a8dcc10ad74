package badinput

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBrokenConfig: a configuration that cannot be read as written stops
// the run with exit 2, naming the file and line of each problem, and
// scans nothing.
func TestBrokenConfig(t *testing.T) {
	cases := map[string]struct {
		files map[string][]byte
		args  []string
		want  []string // regexps, one stderr line each, in order
	}{
		"broken-toml": {
			files: map[string][]byte{"pyproject.toml": []byte("[project]\nname = \"x\"\n[tool.covet-lint\nselect = [\n")},
			want:  []string{`^pyproject\.toml:3: invalid TOML`},
		},
		"nul-in-toml": {
			files: map[string][]byte{".covet-lint.toml": []byte("select = [\"CVT2\"]\nignore = [\"\x00\"\n")},
			want:  []string{`^\.covet-lint\.toml:2: `},
		},
		"invalid-utf8-in-toml": {
			files: map[string][]byte{".covet-lint.toml": []byte("\n\nselect = [\"CVT2\xff\"]\n")},
			want:  []string{`^\.covet-lint\.toml:3: `},
		},
		"unknown-key-and-wrong-type": {
			files: map[string][]byte{"pyproject.toml": []byte("[tool.covet-lint]\nselekt = [\"CVT2\"]\nfail-on = 3\n")},
			want:  []string{`^pyproject\.toml:2: tool\.covet-lint\.selekt: unknown key`, `^pyproject\.toml:3: tool\.covet-lint\.fail-on: `},
		},
		"invalid-globs": {
			files: map[string][]byte{"pyproject.toml": []byte("[tool.covet-lint]\nexclude = [\"src/[\"]\ninclude = [\"a/{b\"]\n[tool.covet-lint.per-file-ignores]\n\"t/[x\" = [\"CVT201\"]\n")},
			want: []string{
				`^pyproject\.toml:2: tool\.covet-lint\.exclude\[0\]: pattern "src/\[" is not a valid glob`,
				`^pyproject\.toml:3: tool\.covet-lint\.include\[0\]: pattern "a/\{b" is not a valid glob`,
				`^pyproject\.toml:5: tool\.covet-lint\.per-file-ignores\."t/\[x": pattern "t/\[x" is not a valid glob`,
			},
		},
		"broken---config": {
			files: map[string][]byte{"conf/lint.toml": []byte("select = \"CVT2\n")},
			args:  []string{"--config", "conf/lint.toml"},
			want:  []string{`^conf/lint\.toml:1: `},
		},
		// Reading a FIFO as the configuration would block for ever.
		"fifo---config": {
			args: []string{"--config", "pipe.toml"},
			want: []string{`^--config pipe\.toml: no such file`},
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			files := map[string][]byte{"control.py": controlSrc}
			for p, src := range c.files {
				files[p] = src
			}
			dir := writeRepo(t, files)
			mkfifo(t, filepath.Join(dir, "pipe.toml"))
			res := run(t, dir, c.args...)
			if res.code != 2 {
				t.Errorf("exit %d, want 2\n%s", res.code, tail(res.stderr))
			}
			if res.stdout != "" {
				t.Errorf("a run that stops on its configuration wrote output:\n%s", tail(res.stdout))
			}
			checkTerminalSafe(t, "stderr", res.stderr)
			lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
			if len(lines) != len(c.want) {
				t.Fatalf("%d stderr lines, want %d:\n%s", len(lines), len(c.want), tail(res.stderr))
			}
			for i, l := range lines {
				msg, ok := strings.CutPrefix(l, "covet-lint: ")
				if !ok || !regexp.MustCompile(c.want[i]).MatchString(msg) {
					t.Errorf("stderr line %d = %q, want covet-lint: %s", i+1, l, c.want[i])
				}
			}
		})
	}
}

// TestBrokenManifests: a Cargo.toml or pyproject.toml that is not the
// configuration but does not parse costs only its own facts.
func TestBrokenManifests(t *testing.T) {
	hostile{
		files: map[string][]byte{
			"Cargo.toml":                   []byte("[package\nname = \n"),
			"crate/Cargo.toml":             []byte("[package]\nname = \"c\"\n[lib]\ncrate-type = [\"cdylib\"\n[dependencies]\n"),
			"sub/pyproject.toml":           []byte("[build-system\n"),
			"bin/pyproject.toml":           []byte("\x00\x01\x02"),
			"deep/pyproject.toml":          []byte(strings.Repeat("[", 10000)),
			"deep/Cargo.toml":              []byte("a = " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n"),
			"crate/src/lib.rs":             []byte("async fn f() {\n    std::thread::sleep(d);\n}\n"),
			"sub/requirements-dev.txt":     []byte("\xff\xfe-r requirements-dev.txt\n"),
			"sub/setup.py":                 []byte("from setuptools import setup\nsetup(ext_modules=[" + strings.Repeat("[", 5000) + "\n"),
			"sub/setup.cfg":                []byte("[metadata\nname\n"),
			"sub/pkg/__init__.py":          nil,
			"sub/requirements.txt":         []byte("-r requirements.txt\n-r requirements-dev.txt\n"),
			"crate/src/nested/deep/mod.rs": []byte("fn g() {}\n"),
		},
		findings: []finding{{"crate/src/lib.rs", 2, 5, "CVT201"}},
		warnings: []warning{
			{"degraded", "Cargo.toml", `TOML syntax error at line 1`},
			{"degraded", "crate/Cargo.toml", `TOML syntax error at line [45]`},
			{"degraded", "sub/pyproject.toml", `TOML syntax error at line 1`},
			{"skipped", "bin/pyproject.toml", `binary`},
			{"degraded", "deep/pyproject.toml", `TOML syntax error at line 1`},
			{"degraded", "sub/requirements-dev.txt", `invalid UTF-8 at line 1`},
			{"parse-errors", "sub/setup.py", `parsed with errors from line [12]`},
		},
	}.check(t)
}
