package discover

import (
	"os"
	"path/filepath"
	"testing"
)

// Each case is a project without any .git folder: .gitignore files are read
// whether or not the project is a git work tree.
func TestGitignoreSemantics(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  []string
	}{{
		name: "negation",
		files: map[string]string{
			".gitignore": "*.py\n!keep.py\n",
			"a.py":       "", "keep.py": "", "sub/b.py": "", "sub/keep.py": "",
		},
		want: []string{"keep.py", "sub/keep.py"},
	}, {
		name: "last matching line wins",
		files: map[string]string{
			".gitignore": "!a.py\na.py\nb.py\n!b.py\n",
			"a.py":       "", "b.py": "",
		},
		want: []string{"b.py"},
	}, {
		name: "nested file overrides its parents",
		files: map[string]string{
			".gitignore":     "gen_*.py\n",
			"pkg/.gitignore": "!gen_keep.py\nlocal.py\n",
			"gen_a.py":       "", "gen_keep.py": "", "local.py": "",
			"pkg/gen_keep.py": "", "pkg/gen_b.py": "", "pkg/local.py": "",
		},
		want: []string{"local.py", "pkg/gen_keep.py"},
	}, {
		name: "nested patterns are relative to their folder",
		files: map[string]string{
			"pkg/.gitignore": "/top.py\nsub/x.py\n",
			"top.py":         "", "pkg/top.py": "", "pkg/deeper/top.py": "",
			"sub/x.py": "", "pkg/sub/x.py": "", "pkg/a/sub/x.py": "",
		},
		want: []string{"pkg/a/sub/x.py", "pkg/deeper/top.py", "sub/x.py", "top.py"},
	}, {
		name: "leading or middle slash anchors, none matches at any depth",
		files: map[string]string{
			".gitignore": "/a.py\ndocs/x.md\nany.py\n",
			"a.py":       "", "sub/a.py": "", "docs/x.md": "", "sub/docs/x.md": "",
			"any.py": "", "deep/er/any.py": "",
		},
		want: []string{"sub/a.py", "sub/docs/x.md"},
	}, {
		name: "trailing slash matches folders only",
		files: map[string]string{
			".gitignore": "mod.py/\ndata/\n",
			"mod.py":     "", "x/mod.py/inner.py": "", "data/a.py": "", "src/data/b.py": "", "data.py": "",
		},
		want: []string{"data.py", "mod.py"},
	}, {
		name: "double star",
		files: map[string]string{
			".gitignore":  "**/legacy/*.py\ndocs/**\na/**/b.py\n",
			"legacy/a.py": "", "x/y/legacy/b.py": "", "legacy/sub/c.py": "",
			"docs/r.md": "", "docs/deep/er.md": "", "docs.md": "",
			"a/b.py": "", "a/x/y/b.py": "", "a/c.py": "", "z/a/b.py": "",
		},
		want: []string{"a/c.py", "docs.md", "legacy/sub/c.py", "z/a/b.py"},
	}, {
		name: "single star and question mark stop at slashes",
		files: map[string]string{
			".gitignore": "src/*.py\nt?.py\n",
			"src/a.py":   "", "src/sub/b.py": "", "t1.py": "", "t12.py": "",
		},
		want: []string{"src/sub/b.py", "t12.py"},
	}, {
		name: "character classes",
		files: map[string]string{
			".gitignore": "test_[0-9].py\n[!a-c]x.py\nc[[:upper:]].md\n",
			"test_1.py":  "", "test_a.py": "", "ax.py": "", "dx.py": "", "cA.md": "", "ca.md": "",
		},
		want: []string{"ax.py", "ca.md", "test_a.py"},
	}, {
		name: "comments and escaped hash and bang",
		files: map[string]string{
			".gitignore":   "# comment.py\n\\#hash.py\n\\!bang.py\n",
			"# comment.py": "", "#hash.py": "", "!bang.py": "", "plain.py": "",
		},
		want: []string{"# comment.py", "plain.py"},
	}, {
		name: "trailing spaces are dropped unless escaped",
		files: map[string]string{
			".gitignore": "space.py   \ntrail.py\\ \n",
			"space.py":   "", "trail.py": "", "trail.py ": "",
		},
		want: []string{"trail.py"},
	}, {
		name: "a file in an excluded folder cannot be re-included",
		files: map[string]string{
			".gitignore":        "vendor/\n!vendor/keep.py\n",
			"vendor/.gitignore": "!keep.py\n",
			"vendor/keep.py":    "", "vendor/drop.py": "",
			"lib/.gitignore": "*\n!*.py\n",
			"lib/in.py":      "", "lib/sub/deep.py": "",
		},
		// lib/sub is ignored by "*" (a folder), so deep.py stays out.
		want: []string{"lib/in.py"},
	}, {
		name: "excluding the contents leaves re-inclusion possible",
		files: map[string]string{
			".gitignore":     "vendor/*\n!vendor/keep.py\n",
			"vendor/keep.py": "", "vendor/drop.py": "",
		},
		want: []string{"vendor/keep.py"},
	}, {
		name: "CRLF line ends and a byte order mark",
		files: map[string]string{
			".gitignore": "\xef\xbb\xbfa.py\r\nb.py\r\n",
			"a.py":       "", "b.py": "", "c.py": "",
		},
		want: []string{"c.py"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			root := writeTree(t, c.files)
			res := walk(t, Options{Root: root})
			checkPaths(t, res, c.want...)
			checkNoWarnings(t, res)
		})
	}
}

func TestGitInfoExclude(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/info/exclude": "private.py\nsecret.py\n",
		".gitignore":        "!private.py\n",
		"private.py":        "", "secret.py": "", "sub/secret.py": "", "open.py": "",
	})
	// .gitignore files take precedence over .git/info/exclude.
	checkPaths(t, walk(t, Options{Root: root}), "open.py", "private.py")
	checkPaths(t, walk(t, Options{Root: root, NoGitignore: true}), "open.py", "private.py", "secret.py", "sub/secret.py")
}

func TestSymlinkedGitignoreIsNotFollowed(t *testing.T) {
	root := writeTree(t, map[string]string{"rules.txt": "a.py\n", "a.py": ""})
	symlink(t, root, "rules.txt", ".gitignore")
	res := walk(t, Options{Root: root})
	checkPaths(t, res, "a.py")
	if ws := warnings(res); len(ws) != 1 || ws[0] != ".gitignore: symlinked .gitignore is not followed (as git does)" {
		t.Errorf("warnings = %q", ws)
	}
}

func TestTrimTrailingSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"a  ": "a", `a\ `: `a\ `, `a \ `: `a \ `, `a\  `: `a\ `, "a": "a", `a\`: `a\`, " a": " a", "a\t": "a\t",
	} {
		if got := trimTrailingSpaces(in); got != want {
			t.Errorf("trimTrailingSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

// A root inside a larger git work tree (a monorepo's subproject) sees the
// .gitignore files above it as git would, patterns relative to their own
// folders; outside a work tree nothing above the root is read.
func TestGitignoreAboveTheRoot(t *testing.T) {
	files := map[string]string{
		".gitignore":          "*.gen.py\n/proj/sub/out/\n/sub/\n",
		"proj/.gitignore":     "local/\n!keep.gen.py\n",
		"proj/sub/.gitignore": "!b.gen.py\n",
		"proj/sub/a.gen.py":   "", "proj/sub/b.gen.py": "", "proj/sub/keep.gen.py": "",
		"proj/sub/out/x.py": "", "proj/sub/local/y.py": "", "proj/sub/sub/z.py": "",
		"proj/sub/private.py": "", "proj/sub/ok.py": "",
	}
	top := writeTree(t, files)
	root := top + "/proj/sub"
	// Not a work tree: only the root's own .gitignore counts.
	checkPaths(t, walk(t, Options{Root: root}), "a.gen.py", "b.gen.py", "keep.gen.py", "local/y.py", "ok.py", "out/x.py", "private.py", "sub/z.py")

	for _, p := range []string{".git/info/exclude"} {
		full := top + "/" + p
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("private.py\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := walk(t, Options{Root: root})
	checkPaths(t, res, "b.gen.py", "keep.gen.py", "ok.py", "sub/z.py")
	checkNoWarnings(t, res)
	checkPaths(t, walk(t, Options{Root: root, NoGitignore: true}), "a.gen.py", "b.gen.py", "keep.gen.py", "local/y.py", "ok.py", "out/x.py", "private.py", "sub/z.py")
}

// Worktrees and submodules have a .git file naming their git folder; its
// info/exclude (a worktree's is the main repository's) applies.
func TestInfoExcludeThroughGitFile(t *testing.T) {
	top := writeTree(t, map[string]string{
		"main/.git/info/exclude":             "wt-private.py\n",
		"main/.git/worktrees/wt/commondir":   "../..\n",
		"main/.git/modules/sub/info/exclude": "sub-private.py\n",
		"main/sub/sub-private.py":            "", "main/sub/ok.py": "",
		"wt/wt-private.py": "", "wt/ok.py": "",
	})
	writeTree := func(p, s string) {
		if err := os.WriteFile(filepath.Join(top, filepath.FromSlash(p)), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeTree("wt/.git", "gitdir: "+filepath.Join(top, "main/.git/worktrees/wt")+"\n")
	writeTree("main/sub/.git", "gitdir: ../.git/modules/sub\n")
	checkPaths(t, walk(t, Options{Root: filepath.Join(top, "wt")}), "ok.py")
	checkPaths(t, walk(t, Options{Root: filepath.Join(top, "main/sub")}), "ok.py")
}
