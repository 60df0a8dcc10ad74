package cli

import (
	"os"
	"path/filepath"
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/check"
)

// resolveRoot finds the project root (--root, else the nearest ancestor of
// the first path holding .covet-lint.toml or pyproject.toml, else .git,
// else the path itself) and turns the paths into root-relative ones that
// narrow what is reported.
func resolveRoot(cwd, rootFlag string, paths []string) (string, []string, error) {
	abs := make([]string, len(paths))
	for i, p := range paths {
		a, err := filepath.Abs(filepath.Join(cwd, p))
		if filepath.IsAbs(p) {
			a = filepath.Clean(p)
		}
		if err != nil {
			return "", nil, usagef("%s: %v", p, err)
		}
		if _, err := os.Stat(a); err != nil {
			return "", nil, usagef("%s: no such file or folder", p)
		}
		abs[i] = a
	}
	root := rootFlag
	if root == "" {
		root = findRoot(abs[0])
	} else {
		var err error
		if root, err = filepath.Abs(root); err != nil {
			return "", nil, usagef("--root: %v", err)
		}
		if st, err := os.Stat(root); err != nil || !st.IsDir() {
			return "", nil, usagef("--root %s: not a folder", rootFlag)
		}
	}
	var only []string
	for i, a := range abs {
		rel, err := filepath.Rel(root, a)
		if err != nil || rel == ".." || len(rel) > 2 && rel[:3] == ".."+string(filepath.Separator) {
			return "", nil, usagef("%s is outside the project root %s", paths[i], root)
		}
		only = append(only, filepath.ToSlash(rel))
	}
	return root, only, nil
}

func findRoot(start string) string {
	dir := start
	if st, err := os.Stat(start); err == nil && !st.IsDir() {
		dir = filepath.Dir(start)
	}
	if d := ancestorWith(dir, ".covet-lint.toml", "pyproject.toml"); d != "" {
		return d
	}
	if d := ancestorWith(dir, ".git"); d != "" {
		return d
	}
	return dir
}

func ancestorWith(dir string, names ...string) string {
	for {
		for _, n := range names {
			if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func sortedLangs(rep *check.Report) []source.Lang {
	var out []source.Lang
	for l := range rep.Langs {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
