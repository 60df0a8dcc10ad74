// Package discover finds the files of a project: it walks the root without
// following folder symlinks, skips built-in excludes, reads what covet-lint
// analyses and turns every problem with a single file into a warning.
package discover

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/driver"
)

// DefaultMaxFileSize is the default for --max-file-size.
const DefaultMaxFileSize = 1 << 20

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
	// Skip, if set, is asked about every path (slash-separated, relative to
	// Root) before it is walked or read.
	Skip func(rel string, isDir bool) bool
}

// Result is what a walk found.
type Result struct {
	Files    []driver.Input
	Warnings []source.Warning
}

// Walk lists and reads the project's files, sorted by path.
func Walk(opts Options) (*Result, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	info, err := os.Stat(opts.Root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: not a folder", opts.Root)
	}
	res := &Result{}
	stack := []string{"."}
	for len(stack) > 0 {
		dir := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		entries, err := os.ReadDir(filepath.Join(opts.Root, filepath.FromSlash(dir)))
		if err != nil {
			res.warn(dir, "cannot read folder: %v", unwrap(err))
			continue
		}
		if dir != "." && hasVenvMarker(entries) {
			continue
		}
		// Push in reverse so folders pop in name order.
		for i := len(entries) - 1; i >= 0; i-- {
			e := entries[i]
			rel := path.Join(dir, e.Name())
			if e.IsDir() {
				if builtinExcludes[e.Name()] || path.Ext(e.Name()) == ".egg-info" || (opts.Skip != nil && opts.Skip(rel, true)) {
					continue
				}
				stack = append(stack, rel)
				continue
			}
			if e.Type()&fs.ModeSymlink != 0 {
				continue // symlinks are handled by the symlink policy
			}
			if !e.Type().IsRegular() {
				continue
			}
			lang, ok := source.LangOf(rel)
			if !ok || (opts.Skip != nil && opts.Skip(rel, false)) {
				continue
			}
			res.add(opts, rel, lang)
		}
	}
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Path < res.Files[j].Path })
	return res, nil
}

func (r *Result) warn(p, format string, args ...any) {
	r.Warnings = append(r.Warnings, source.Warning{Path: p, Message: fmt.Sprintf(format, args...)})
}

// add reads one file, or lists it without content for languages that are
// never read, or warns and leaves it out.
func (r *Result) add(opts Options, rel string, lang source.Lang) {
	if lang == source.Listed {
		r.Files = append(r.Files, driver.Input{Path: rel})
		return
	}
	full := filepath.Join(opts.Root, filepath.FromSlash(rel))
	info, err := os.Stat(full)
	if err != nil {
		r.warn(rel, "cannot read file: %v", unwrap(err))
		return
	}
	if info.Size() > opts.MaxFileSize {
		r.warn(rel, "skipped: %d bytes is over --max-file-size (%d)", info.Size(), opts.MaxFileSize)
		return
	}
	src, err := os.ReadFile(full)
	if err != nil {
		r.warn(rel, "cannot read file: %v", unwrap(err))
		return
	}
	if int64(len(src)) > opts.MaxFileSize {
		r.warn(rel, "skipped: %d bytes is over --max-file-size (%d)", len(src), opts.MaxFileSize)
		return
	}
	if bytes.IndexByte(src[:min(len(src), 8000)], 0) >= 0 {
		r.warn(rel, "skipped: binary file (NUL byte)")
		return
	}
	r.Files = append(r.Files, driver.Input{Path: rel, Src: src})
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
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
