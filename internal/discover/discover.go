// Package discover finds the files of a project: it walks the root without
// following folder symlinks, skips built-in excludes, .gitignore'd paths and
// configured excludes, reads what covet-lint analyses and turns every problem
// with a single file into a warning. It never runs a program: .gitignore
// files are read in-process (see gitignore.go).
//
// Symlinks: a symlink is never followed for reading. A symlink to a folder is
// not walked. A symlink to a file inside the root adds nothing: its target is
// found by the walk at its own path and analysed there, once — or not at
// all when the target is excluded (built-in, .gitignore, configured exclude,
// include, Skip) or is not a kind of file covet-lint reads, since the
// language is decided by the target's name. A symlink whose target lies
// outside the root, a dangling one and a loop each give one warning naming
// the link, except a folder symlink named like a built-in exclude or leading
// to a virtual environment. A symlink in an excluded place is never looked
// at.
package discover

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver"
)

// DefaultMaxFileSize is the default for --max-file-size.
const DefaultMaxFileSize = 1 << 20

// maxIgnoreFileSize bounds a .gitignore or .git/info/exclude file.
const maxIgnoreFileSize = 8 << 20

// builtinExcludes are folder names never walked into.
var builtinExcludes = map[string]bool{
	".git": true, "target": true, "node_modules": true, "__pycache__": true,
	"build": true, "dist": true, ".tox": true, ".nox": true, ".mypy_cache": true,
	".ruff_cache": true, ".covet-lint-cache": true,
}

// Options controls a walk.
type Options struct {
	Root        string
	MaxFileSize int64
	// Include, when not empty, limits the files analysed to those matching
	// one of these globs; Exclude adds to the built-in excludes. Both are
	// doublestar globs relative to Root; see globs.go for the exact rules.
	// Walk fails on an invalid pattern (check them first with ValidateGlob).
	Include []string
	Exclude []string
	// NoGitignore turns off reading .gitignore files and .git/info/exclude
	// (ruff's respect-gitignore = false).
	NoGitignore bool
	// Skip, if set, is asked about every path (slash-separated, relative to
	// Root) before it is walked or read.
	Skip func(rel string, isDir bool) bool
}

// Result is what a walk found.
type Result struct {
	Files    []driver.Input
	Warnings []source.Warning
}

type walker struct {
	opts           Options
	root, realRoot string
	// gitTop is the nearest folder at or above the root holding .git, or
	// the root; prefix is the root's path from it ("" or "proj/"), since
	// .gitignore patterns above the root see paths from their own folder.
	gitTop, prefix   string
	include, exclude globs
	res              *Result
}

// dirItem is a folder waiting to be walked with the .gitignore files that
// apply inside it.
type dirItem struct {
	rel     string
	ignores *ignoreChain
}

// Walk lists and reads the project's files, sorted by path; warnings are
// sorted by path too.
func Walk(opts Options) (*Result, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	include, err := compileGlobs("include", opts.Include)
	if err != nil {
		return nil, err
	}
	exclude, err := compileGlobs("exclude", opts.Exclude)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(opts.Root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: not a folder", opts.Root)
	}
	abs, err := filepath.Abs(opts.Root)
	if err != nil {
		return nil, err
	}
	realRoot, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, err
	}
	w := &walker{opts: opts, root: abs, realRoot: realRoot, include: include, exclude: exclude, res: &Result{}}
	w.walk()
	sort.Slice(w.res.Files, func(i, j int) bool { return w.res.Files[i].Path < w.res.Files[j].Path })
	sort.SliceStable(w.res.Warnings, func(i, j int) bool { return w.res.Warnings[i].Path < w.res.Warnings[j].Path })
	return w.res, nil
}

func (w *walker) walk() {
	var ignores *ignoreChain
	if !w.opts.NoGitignore {
		ignores = w.ignoresAbove()
	}
	stack := []dirItem{{".", ignores}}
	for len(stack) > 0 {
		item := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		entries, err := readDir(w.full(item.rel))
		if err != nil {
			w.warn(source.Skipped, item.rel, "cannot read folder: %v", unwrap(err))
			continue
		}
		if item.rel != "." && hasVenvMarker(entries) {
			continue
		}
		chain := item.ignores
		if !w.opts.NoGitignore {
			chain = chain.push(w.gitignore(item.rel, entries))
		}
		var dirs []dirItem
		for _, e := range entries {
			rel := path.Join(item.rel, e.Name())
			switch t := e.Type(); {
			case t.IsDir():
				if !w.excluded(rel, true, chain) {
					dirs = append(dirs, dirItem{rel, chain})
				}
			case w.excluded(rel, false, chain):
			case t&fs.ModeSymlink != 0:
				w.symlink(rel)
			case t.IsRegular():
				w.file(rel)
			default:
				if _, ok := source.LangOf(rel); ok {
					w.warn(source.Skipped, rel, "skipped: not a regular file (%s)", describeMode(t))
				}
			}
		}
		// Push in reverse so folders pop in name order.
		for i := len(dirs) - 1; i >= 0; i-- {
			stack = append(stack, dirs[i])
		}
	}
}

func (w *walker) full(rel string) string {
	return filepath.Join(w.root, filepath.FromSlash(rel))
}

// excluded applies, in order, the built-in excludes, the configured
// excludes, .gitignore files and the Skip callback.
func (w *walker) excluded(rel string, isDir bool, ignores *ignoreChain) bool {
	if isDir && excludedDirName(path.Base(rel)) {
		return true
	}
	return w.exclude.matchSelf(rel, isDir) ||
		ignores.ignored(w.prefix+rel, isDir) ||
		(w.opts.Skip != nil && w.opts.Skip(rel, isDir))
}

// file reads one regular file, or lists it without content for languages
// that are never read, or warns and leaves it out.
func (w *walker) file(rel string) {
	lang, ok := source.LangOf(rel)
	if !ok || (len(w.include) > 0 && !w.include.matchPath(rel)) {
		return
	}
	if lang == source.Listed {
		w.res.Files = append(w.res.Files, driver.Input{Path: rel})
		return
	}
	src, err := readFile(w.full(rel), w.opts.MaxFileSize)
	var tooLarge errTooLarge
	var notRegular errNotRegular
	switch {
	case errors.As(err, &tooLarge) || errors.As(err, &notRegular):
		w.warn(source.Skipped, rel, "skipped: %v", err)
		return
	case err != nil:
		w.warn(source.Skipped, rel, "cannot read file: %v", unwrap(err))
		return
	}
	if bytes.IndexByte(src[:min(len(src), 8000)], 0) >= 0 {
		w.warn(source.Skipped, rel, "skipped: binary file (NUL byte)")
		return
	}
	if line, col, off, bad := invalidUTF8(src); bad {
		w.warn(source.Degraded, rel, "invalid UTF-8 at line %d, column %d (byte %d); analysed anyway, text there may be misread", line, col, off)
	}
	w.res.Files = append(w.res.Files, driver.Input{Path: rel, Src: src})
}

// symlink warns about a symlink that cannot stand for a file in the root.
// Nothing is read through a symlink: see the package comment.
func (w *walker) symlink(rel string) {
	full := w.full(rel)
	info, err := os.Stat(full)
	if err != nil {
		switch {
		case errors.Is(err, syscall.ELOOP):
			w.warn(source.Skipped, rel, "symlink loop: not analysed")
		case errors.Is(err, fs.ErrNotExist):
			w.warn(source.Skipped, rel, "dangling symlink (to %s): not analysed", linkText(full))
		default:
			w.warn(source.Skipped, rel, "cannot follow symlink: %v", unwrap(err))
		}
		return
	}
	real, err := filepath.EvalSymlinks(full)
	if err != nil {
		w.warn(source.Skipped, rel, "cannot follow symlink: %v", unwrap(err))
		return
	}
	if !within(w.realRoot, real) {
		kind := "file"
		if info.IsDir() {
			kind = "folder"
			if excludedDirName(path.Base(rel)) || isVenv(real) {
				return // .venv -> /opt/venvs/app and the like are expected
			}
		}
		w.warn(source.Skipped, rel, "symlink to a %s outside the project folder (%s): not followed", kind, linkText(full))
	}
}

// gitignore reads the .gitignore file of one folder, if it has one.
func (w *walker) gitignore(dir string, entries []os.DirEntry) *ignoreList {
	for _, e := range entries {
		if e.Name() != ".gitignore" {
			continue
		}
		rel := path.Join(dir, ".gitignore")
		if e.Type()&fs.ModeSymlink != 0 {
			// Git does not follow an in-tree .gitignore symlink either.
			w.warn(source.Skipped, rel, "symlinked .gitignore is not followed (as git does)")
			return nil
		}
		if !e.Type().IsRegular() {
			return nil
		}
		src, err := readFile(w.full(rel), maxIgnoreFileSize)
		if err != nil {
			w.warn(source.Skipped, rel, "cannot read .gitignore: %v", unwrap(err))
			return nil
		}
		base := w.prefix
		if dir != "." {
			base += dir + "/"
		}
		return parseIgnore(base, src)
	}
	return nil
}

// ignoresAbove reads what applies before the root's own .gitignore:
// .git/info/exclude (the repository's private .gitignore, patterns relative
// to the work tree's top) and, when the root lies inside a larger git work
// tree, the .gitignore files of the folders from that top down to the
// root's parent, as git would. Outside a work tree nothing above the root
// is read. The root itself is never ignored: it was asked for. No git
// configuration (core.excludesFile) is read.
func (w *walker) ignoresAbove() *ignoreChain {
	w.gitTop = w.realRoot
	for dir := w.realRoot; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			w.gitTop = dir
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if rel, err := filepath.Rel(w.gitTop, w.realRoot); err == nil && rel != "." {
		w.prefix = filepath.ToSlash(rel) + "/"
	}
	var chain *ignoreChain
	if gitDir := commonGitDir(w.gitTop); gitDir != "" {
		chain = chain.push(w.readIgnore(filepath.Join(gitDir, "info", "exclude"), ""))
	}
	if w.prefix == "" {
		return chain
	}
	base := ""
	for _, name := range append([]string{""}, strings.Split(strings.TrimSuffix(w.prefix, "/"), "/")...) {
		if name != "" {
			base += name + "/"
		}
		if base == w.prefix {
			break // the root's own .gitignore is read by the walk
		}
		chain = chain.push(w.readIgnore(filepath.Join(w.gitTop, filepath.FromSlash(base), ".gitignore"), base))
	}
	return chain
}

// commonGitDir finds the folder holding info/exclude for the work tree at
// top: its .git folder, or for a .git file ("gitdir: ..." in worktrees and
// submodules) the folder it names, or that folder's "commondir" (worktrees
// share the main repository's info/exclude). Only these small files are
// read; "" when there is none.
func commonGitDir(top string) string {
	gitDir := filepath.Join(top, ".git")
	info, err := os.Lstat(gitDir)
	if err != nil {
		return ""
	}
	if !info.IsDir() {
		gitDir = pointedDir(gitDir, "gitdir: ")
		if gitDir == "" {
			return ""
		}
	}
	if common := pointedDir(filepath.Join(gitDir, "commondir"), ""); common != "" {
		return common
	}
	return gitDir
}

// pointedDir reads a one-line file naming a folder (after prefix), relative
// to the file's own folder unless absolute.
func pointedDir(file, prefix string) string {
	src, err := readFile(file, 4096)
	if err != nil {
		return ""
	}
	line, _, _ := strings.Cut(string(src), "\n")
	line, ok := strings.CutPrefix(strings.TrimSpace(line), prefix)
	if !ok || line == "" {
		return ""
	}
	if !filepath.IsAbs(line) {
		line = filepath.Join(filepath.Dir(file), line)
	}
	return line
}

// readIgnore reads an ignore file outside the walk; a missing one is fine.
func (w *walker) readIgnore(full, base string) *ignoreList {
	src, err := readFile(full, maxIgnoreFileSize)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			shown := full
			if rel, rerr := filepath.Rel(w.realRoot, full); rerr == nil {
				shown = filepath.ToSlash(rel)
			}
			w.warn(source.Skipped, shown, "cannot read: %v", unwrap(err))
		}
		return nil
	}
	return parseIgnore(base, src)
}

func (w *walker) warn(kind source.WarningKind, p, format string, args ...any) {
	w.res.Warnings = append(w.res.Warnings, source.Warning{Path: p, Kind: kind, Message: fmt.Sprintf(format, args...)})
}

// within reports whether the real (symlink-free) path p is inside root.
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// linkText is what a symlink says it points to, for warnings.
func linkText(full string) string {
	t, err := os.Readlink(full)
	if err != nil {
		return "?"
	}
	return t
}

func excludedDirName(name string) bool {
	return builtinExcludes[name] || strings.HasSuffix(name, ".egg-info")
}

// isVenv is true for a virtual environment's folder, given its real path.
func isVenv(dir string) bool {
	info, err := os.Lstat(filepath.Join(dir, "pyvenv.cfg"))
	return err == nil && !info.IsDir()
}

// hasVenvMarker is true for a virtual environment's folder.
func hasVenvMarker(entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.Name() == "pyvenv.cfg" && !e.IsDir() {
			return true
		}
	}
	return false
}

// unwrap drops the path from an os error: warnings name the path already.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
