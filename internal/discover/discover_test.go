package discover

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestBuiltinExcludes(t *testing.T) {
	files := map[string]string{"keep.py": "", "pkg/keep.py": ""}
	for _, dir := range []string{".git", "target", "node_modules", "__pycache__", "build", "dist",
		"x.egg-info", ".tox", ".nox", ".mypy_cache", ".ruff_cache", ".covet-lint-cache"} {
		files[dir+"/a.py"] = ""
		files["pkg/"+dir+"/b.py"] = ""
	}
	files["venv-any-name/pyvenv.cfg"] = "home = /usr/bin\n"
	files["venv-any-name/lib/site.py"] = ""
	files["build.py"] = "" // the names are folder names only
	root := writeTree(t, files)
	res := walk(t, Options{Root: root})
	checkPaths(t, res, "build.py", "keep.py", "pkg/keep.py")
	checkNoWarnings(t, res)
}

func TestScannedKinds(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py": "x = 1\n", "setup.py": "", "lib.rs": "", "README.md": "", "Cargo.toml": "", "pyproject.toml": "",
		"setup.cfg": "", "requirements.txt": "", "requirements-dev.txt": "",
		"stub.pyi": "x: int\n", "ext.so": "\x7fELF\x00", "ext.pyd": "MZ\x00",
		"notes.txt": "", "other.toml": "", "script.sh": "",
	})
	res := walk(t, Options{Root: root})
	checkPaths(t, res, "Cargo.toml", "README.md", "a.py", "ext.pyd", "ext.so", "lib.rs", "pyproject.toml",
		"requirements-dev.txt", "requirements.txt", "script.sh", "setup.cfg", "setup.py", "stub.pyi")
	checkNoWarnings(t, res)
	for _, f := range res.Files {
		listed := strings.HasSuffix(f.Path, ".pyi") || strings.HasSuffix(f.Path, ".so") || strings.HasSuffix(f.Path, ".pyd")
		if listed != (f.Src == nil) {
			t.Errorf("%s: content read = %v", f.Path, f.Src != nil)
		}
	}
	if string(res.Files[2].Src) != "x = 1\n" {
		t.Errorf("a.py content = %q", res.Files[2].Src)
	}
}

func TestExcludeGlobs(t *testing.T) {
	files := map[string]string{
		"a/vendored/x.py": "", "vendored.py": "",
		"tests/test_a.py": "", "tests/helper.py": "",
		"src/gen/a.py": "", "src/gen/sub/b.py": "", "other/src/gen/a.py": "",
		"fixtures/f.py": "", "docs/r.md": "", "docs/deep/er.md": "", "keep.md": "",
	}
	for _, c := range []struct {
		exclude []string
		drop    []string
	}{
		{[]string{"vendored"}, []string{"a/vendored/x.py"}},
		{[]string{"vendored*"}, []string{"a/vendored/x.py", "vendored.py"}},
		{[]string{"test_*.py"}, []string{"tests/test_a.py"}},
		{[]string{"src/gen/*.py"}, []string{"src/gen/a.py"}},
		{[]string{"src/gen"}, []string{"src/gen/a.py", "src/gen/sub/b.py"}},
		{[]string{"**/gen/**"}, []string{"other/src/gen/a.py", "src/gen/a.py", "src/gen/sub/b.py"}},
		{[]string{"fixtures/"}, []string{"fixtures/f.py"}},
		{[]string{"vendored.py/"}, nil}, // folders only: the file stays
		{[]string{"./docs/**"}, []string{"docs/deep/er.md", "docs/r.md"}},
		{[]string{"*.{md,py}"}, []string{"a/vendored/x.py", "docs/deep/er.md", "docs/r.md", "fixtures/f.py",
			"keep.md", "other/src/gen/a.py", "src/gen/a.py", "src/gen/sub/b.py", "tests/helper.py", "tests/test_a.py", "vendored.py"}},
	} {
		root := writeTree(t, files)
		got := paths(walk(t, Options{Root: root, Exclude: c.exclude}))
		want := minus(sortedKeys(files), c.drop)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("exclude %q:\n got %q\nwant %q", c.exclude, got, want)
		}
	}
}

func TestIncludeGlobs(t *testing.T) {
	root := writeTree(t, map[string]string{
		"src/a.py": "", "src/pkg/b.py": "", "src/pkg/b.pyi": "", "tests/t.py": "", "README.md": "",
		"docs/x.md": "", "pkg/c.py": "", "lib/pkg/d.py": "",
	})
	for _, c := range []struct {
		include, exclude, want []string
	}{
		{nil, nil, []string{"README.md", "docs/x.md", "lib/pkg/d.py", "pkg/c.py", "src/a.py", "src/pkg/b.py", "src/pkg/b.pyi", "tests/t.py"}},
		{[]string{"src/**"}, nil, []string{"src/a.py", "src/pkg/b.py", "src/pkg/b.pyi"}},
		{[]string{"src/*.py"}, nil, []string{"src/a.py"}},
		{[]string{"*.md"}, nil, []string{"README.md", "docs/x.md"}},
		{[]string{"pkg"}, nil, []string{"lib/pkg/d.py", "pkg/c.py", "src/pkg/b.py", "src/pkg/b.pyi"}},
		{[]string{"src/"}, nil, []string{"src/a.py", "src/pkg/b.py", "src/pkg/b.pyi"}},
		{[]string{"src"}, []string{"*.pyi", "src/pkg/b.py"}, []string{"src/a.py"}},
		{[]string{"*.txt"}, nil, nil}, // include cannot add kinds LangOf does not know
	} {
		got := paths(walk(t, Options{Root: root, Include: c.include, Exclude: c.exclude}))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("include %q exclude %q:\n got %q\nwant %q", c.include, c.exclude, got, c.want)
		}
	}
}

func TestValidateGlob(t *testing.T) {
	for _, ok := range []string{"*.py", "src/**/*.py", "./docs", "fixtures/", "a/{b,c}/*.md", "test_[0-9].py", `\*.py`} {
		if err := ValidateGlob(ok); err != nil {
			t.Errorf("ValidateGlob(%q) = %v", ok, err)
		}
	}
	for bad, msg := range map[string]string{
		"":        "empty",
		"./":      "empty",
		"/abs/*":  "relative",
		"../x":    "leave",
		"a/../b":  "leave",
		"a/[b":    "not a valid glob",
		"{a,b":    "not a valid glob",
		`a\`:      "backslash",
		"[[:bad:": "not a valid glob",
	} {
		err := ValidateGlob(bad)
		if err == nil || !strings.Contains(err.Error(), msg) || !strings.Contains(err.Error(), bad) {
			t.Errorf("ValidateGlob(%q) = %v, want an error naming it and saying %q", bad, err, msg)
		}
	}
	_, err := Walk(Options{Root: t.TempDir(), Exclude: []string{"ok/*", "bad/[x"}})
	if err == nil || !strings.Contains(err.Error(), `exclude: pattern "bad/[x"`) {
		t.Errorf("Walk with a bad exclude: %v", err)
	}
}

func TestSkipCallback(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "", "gen/b.py": "", "c.py": ""})
	var asked []string
	res := walk(t, Options{Root: root, Skip: func(rel string, isDir bool) bool {
		asked = append(asked, rel)
		return rel == "gen" && isDir || rel == "c.py" && !isDir
	}})
	checkPaths(t, res, "a.py")
	if strings.Join(asked, " ") != "a.py c.py gen" {
		t.Errorf("Skip asked about %q", asked)
	}
}

func TestSymlinks(t *testing.T) {
	outside := writeTree(t, map[string]string{"x.py": "", "dir/y.py": "", "venv/pyvenv.cfg": "", "venv/lib/z.py": ""})
	root := writeTree(t, map[string]string{
		"real.py": "", "pkg/a.py": "", "build/gen.py": "", "bin/tool": "", "ignored/i.py": "",
		".gitignore": "ignored/\nlinks-ignored.py\n",
	})
	symlink(t, root, "real.py", "link.py")                               // inside: the target alone
	symlink(t, root, "../real.py", "pkg/uplink.py")                      // inside, relative
	symlink(t, root, filepath.Join(root, "real.py"), "abslink")          // inside, absolute, any name
	symlink(t, root, "build/gen.py", "gen.py")                           // target excluded: nothing
	symlink(t, root, "bin/tool", "tool.py")                              // target not a scanned kind
	symlink(t, root, filepath.Join(outside, "x.py"), "out.py")           // leaves the root
	symlink(t, root, filepath.Join(outside, "dir"), "outdir")            // folder leaving the root
	symlink(t, root, filepath.Join(outside, "venv"), ".venv")            // a virtual environment elsewhere: silent
	symlink(t, root, filepath.Join(outside, "dir"), "node_modules")      // built-in exclude name: silent
	symlink(t, root, "pkg", "alias")                                     // folder inside: not walked
	symlink(t, root, "..", "pkg/parent")                                 // folder loop: not walked
	symlink(t, root, "missing.py", "gone.py")                            // dangling
	symlink(t, root, "loop-b.py", "loop-a.py")                           // loop
	symlink(t, root, "loop-a.py", "loop-b.py")                           // loop
	symlink(t, root, filepath.Join(outside, "x.py"), "links-ignored.py") // excluded link: not looked at

	res := walk(t, Options{Root: root})
	checkPaths(t, res, "pkg/a.py", "real.py")
	want := []string{
		"gone.py: dangling symlink (to missing.py): not analysed",
		"loop-a.py: symlink loop: not analysed",
		"loop-b.py: symlink loop: not analysed",
		"out.py: symlink to a file outside the project folder (" + filepath.Join(outside, "x.py") + "): not followed",
		"outdir: symlink to a folder outside the project folder (" + filepath.Join(outside, "dir") + "): not followed",
	}
	if got := warnings(res); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings:\n got %q\nwant %q", got, want)
	}

	// A root reached through a symlink: links inside still count as inside.
	viaLink := filepath.Join(t.TempDir(), "root-link")
	if err := os.Symlink(root, viaLink); err != nil {
		t.Fatal(err)
	}
	res2 := walk(t, Options{Root: viaLink})
	if !reflect.DeepEqual(paths(res2), paths(res)) || !reflect.DeepEqual(warnings(res2), want) {
		t.Errorf("through a symlinked root: %q %q", paths(res2), warnings(res2))
	}
}

func TestBadContent(t *testing.T) {
	root := writeTree(t, map[string]string{
		"big.py":   strings.Repeat("x", 101),
		"edge.py":  strings.Repeat("x", 100),
		"bin.py":   "x = 1\x00\n",
		"mixed.py": "x = 1\ny = 'é\xe9'\nz = '\xff'\n",
		"utf8.md":  "# café ✓\n",
	})
	res := walk(t, Options{Root: root, MaxFileSize: 100})
	checkPaths(t, res, "edge.py", "mixed.py", "utf8.md")
	want := []string{
		"big.py: skipped: 101 bytes is over --max-file-size (100)",
		"bin.py: skipped: binary file (NUL byte)",
		"mixed.py: invalid UTF-8 at line 2, column 7 (byte 13); analysed anyway, text there may be misread",
	}
	if got := warnings(res); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings:\n got %q\nwant %q", got, want)
	}
	if string(res.Files[1].Src) != "x = 1\ny = 'é\xe9'\nz = '\xff'\n" {
		t.Errorf("mixed.py content = %q", res.Files[1].Src)
	}
}

func TestDeterministic(t *testing.T) {
	root := writeTree(t, map[string]string{
		"b/z.py": "", "b.py": "", "a-b/c.py": "", "a/b/c.py": "\xff", "a.py": "", "A.py": "",
		"w/1.py": "\xff", "w.py": "\xfe", "w-x.py": "\x00",
	})
	first := walk(t, Options{Root: root})
	checkPaths(t, first, "A.py", "a-b/c.py", "a.py", "a/b/c.py", "b.py", "b/z.py", "w.py", "w/1.py")
	wantWarn := []string{"a/b/c.py", "w-x.py", "w.py", "w/1.py"}
	var gotWarn []string
	for _, w := range first.Warnings {
		gotWarn = append(gotWarn, w.Path)
	}
	if !reflect.DeepEqual(gotWarn, wantWarn) {
		t.Errorf("warning order %q, want %q", gotWarn, wantWarn)
	}
	for range 3 {
		if again := walk(t, Options{Root: root}); !reflect.DeepEqual(again, first) {
			t.Fatal("a second walk differs")
		}
	}
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func minus(all, drop []string) []string {
	var out []string
	for _, a := range all {
		keep := true
		for _, d := range drop {
			keep = keep && a != d
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}
