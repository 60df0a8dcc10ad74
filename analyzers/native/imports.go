package native

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Missing is one part of an import that can never succeed, and what the
// repository has instead.
type Missing struct {
	// Span is where the import names it: the module, or a name of a
	// from-import.
	Span source.Span
	// Module is the first module on the import's path that nothing
	// provides; when Name is set, Module is a native module that exists
	// but never adds Name.
	Module string
	Name   string
	Native *Module
	// Crate defines an entry point of that name but no build builds it.
	Crate *Crate
	// Instead is the native module the build produces that is closest in
	// name; nil when it produces none.
	Instead *Module
	// Stub is the .pyi that stands where the module should be.
	Stub string
	// Closest is the name the native module adds closest to Name.
	Closest string
}

// Unimportable lists what makes an import of the repository's own native
// code fail: a module nothing provides, or names a native module never
// adds. Third-party and standard-library modules are never listed, nor
// modules that are not native candidates (named like a crate, library or
// entry point, standing where a stub is, or built by a configuration).
func (r *Result) Unimportable(im *python.Import) []Missing {
	mod := im.Resolved
	if mod == "" || !r.Own(mod) {
		return nil
	}
	parts := strings.Split(mod, ".")
	for i := range parts {
		prefix := strings.Join(parts[:i+1], ".")
		if r.Provided(prefix) {
			continue
		}
		if m, ok := r.missingModule(prefix, im.ModuleSpan); ok {
			return []Missing{m}
		}
		return nil
	}
	var out []Missing
	native, isNative := r.modules[mod]
	for _, n := range im.Names {
		sub := mod + "." + n.Name
		switch {
		case r.Provided(sub):
		case isNative && native.Kind == "rust" && !native.Has(n.Name):
			out = append(out, Missing{Span: n.Span, Module: mod, Name: n.Name, Native: native, Closest: closest(n.Name, native.Names())})
		case !isNative && !r.definedIn(mod, n.Name):
			if m, ok := r.missingModule(sub, n.Span); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// missingModule describes a module nothing provides, when it is a native
// candidate.
func (r *Result) missingModule(mod string, at source.Span) (Missing, bool) {
	m := Missing{Span: at, Module: mod}
	m.Stub = r.stubs[mod]
	last := mod[strings.LastIndexByte(mod, '.')+1:]
	for _, c := range r.crates {
		if c.Built() {
			continue
		}
		for _, e := range c.Entries {
			if e.Module.Name == last {
				m.Crate = c
			}
		}
		if c.Cargo.PackageName != nil && underscores(c.Cargo.PackageName.Text) == last {
			m.Crate = c
		}
	}
	m.Instead = r.closestModule(mod)
	if m.Stub == "" && m.Crate == nil && !r.NativeNamed(mod) {
		return m, false
	}
	return m, true
}

// closestModule is the Rust module whose import path shares the most with
// mod: the same last segment first, then the same top-level package.
func (r *Result) closestModule(mod string) *Module {
	var best *Module
	bestScore := -1
	last := mod[strings.LastIndexByte(mod, '.')+1:]
	top, _, _ := strings.Cut(mod, ".")
	for _, m := range r.Modules() {
		if m.Kind != "rust" {
			continue
		}
		score := 0
		if strings.HasSuffix("."+m.Import, "."+last) {
			score += 2
		}
		if mt, _, _ := strings.Cut(m.Import, "."); mt == top {
			score++
		}
		if score > bestScore {
			best, bestScore = m, score
		}
	}
	return best
}

// definedIn tells whether a Python module of the repository binds name at
// its top level, or may (a star import, a module __getattr__, or a module
// the repository does not have as a file).
func (r *Result) definedIn(mod, name string) bool {
	ff, ok := r.pyModules[mod]
	if !ok {
		return true
	}
	for _, im := range ff.Imports {
		if im.Star {
			return true
		}
	}
	for _, b := range ff.Bindings {
		// A binding whose value is the submodule itself, as
		// `from . import _native` makes, proves nothing.
		if b.Scope < 0 && (b.Name == name && b.Value != mod+"."+name || b.Name == "__getattr__") {
			return true
		}
	}
	return false
}

// closest is the candidate that extends name (parse -> parse_fast), else
// the nearest by edit distance; "" when there are none.
func closest(name string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := distance(strings.ToLower(name), strings.ToLower(c))
		if strings.HasPrefix(c, name) {
			d = -1 // a longer form of the same name wins
		}
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance; names are short.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
