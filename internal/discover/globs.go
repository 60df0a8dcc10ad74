package discover

import (
	"fmt"
	"path"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Configured include and exclude patterns, modelled on ruff's:
//
//   - A pattern is a doublestar glob (`*`, `?`, `[a-z]`, `{a,b}`, and `**`
//     for any number of folders) relative to the root; a leading "./" is
//     dropped.
//   - A pattern without a slash matches a file or folder name at any depth
//     (".venv-*", "test_*.py", "vendored"), like ruff's single-path patterns.
//   - A pattern with a slash matches the root-relative path ("src/gen/*.py",
//     "docs/**/*.md"); it is anchored at the root.
//   - A trailing slash ("fixtures/") limits a pattern to folders.
//   - A pattern that matches a folder matches everything inside it.
//
// exclude adds to the built-in excludes: a matching folder is not walked,
// a matching file is not read. include, when not empty, limits the files
// analysed to those it matches (or whose folder it matches); folders are
// always walked. Exclude wins over include. Neither can add a file that
// source.LangOf does not know, and both apply to listed-only files (.pyi,
// .so, .pyd) too.

// ValidateGlob reports why a configured include or exclude pattern is
// unusable, or nil.
func ValidateGlob(pattern string) error {
	p := strings.TrimPrefix(pattern, "./")
	switch {
	case strings.TrimSuffix(p, "/") == "":
		return fmt.Errorf("empty pattern %q", pattern)
	case strings.HasPrefix(p, "/"):
		return fmt.Errorf("pattern %q must be relative to the project folder (no leading /)", pattern)
	case strings.Contains(p, "\\") && !doublestar.ValidatePattern(p):
		return fmt.Errorf("pattern %q is not a valid glob (a backslash escapes the next character; use / between folders)", pattern)
	case !doublestar.ValidatePattern(p):
		return fmt.Errorf("pattern %q is not a valid glob (unclosed [ or {?)", pattern)
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return fmt.Errorf("pattern %q must not leave the project folder (..)", pattern)
		}
	}
	return nil
}

// glob is one validated pattern.
type glob struct {
	pattern  string
	dirOnly  bool
	basename bool
}

type globs []glob

func compileGlobs(key string, patterns []string) (globs, error) {
	var gs globs
	for _, p := range patterns {
		if err := ValidateGlob(p); err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		p = strings.TrimPrefix(p, "./")
		g := glob{dirOnly: strings.HasSuffix(p, "/")}
		g.pattern = strings.TrimSuffix(p, "/")
		g.basename = !strings.Contains(g.pattern, "/")
		gs = append(gs, g)
	}
	return gs, nil
}

// matchSelf reports whether one of the patterns matches rel itself.
func (gs globs) matchSelf(rel string, isDir bool) bool {
	base := path.Base(rel)
	for _, g := range gs {
		if g.dirOnly && !isDir {
			continue
		}
		target := rel
		if g.basename {
			target = base
		}
		if doublestar.MatchUnvalidated(g.pattern, target) {
			return true
		}
	}
	return false
}

// matchPath reports whether one of the patterns matches the file rel or one
// of its folders.
func (gs globs) matchPath(rel string) bool {
	if gs.matchSelf(rel, false) {
		return true
	}
	for dir := path.Dir(rel); dir != "."; dir = path.Dir(dir) {
		if gs.matchSelf(dir, true) {
			return true
		}
	}
	return false
}
