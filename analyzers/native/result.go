package native

import (
	"iter"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Evidence is a place in a file that says something about a build.
type Evidence struct {
	Path string      `json:"path"`
	Span source.Span `json:"span"`
	// What the place says, for a related location's message.
	What string `json:"what"`
}

// Related is the evidence as a related location of a finding.
func (e Evidence) Related(set *source.Set, msg string) analysis.RelatedInformation {
	f := set.File(e.Path)
	return analysis.RelatedInformation{Pos: f.Pos(e.Span.Start), End: f.Pos(e.Span.End), Message: msg}
}

// Crate is a Rust crate of the repository that defines a Python module
// entry point and depends on pyo3 or rust-cpython.
type Crate struct {
	// Manifest is its Cargo.toml; Dir the folder holding it ("." at the root).
	Manifest string          `json:"manifest"`
	Dir      string          `json:"dir"`
	Cargo    *manifest.Cargo `json:"-"`
	// Entries are the module entry points in its sources that are not
	// submodules of another; Items its #[pyfunction]s and #[pyclass]es.
	Entries []Entry       `json:"entries"`
	Items   []rust.PyItem `json:"-"`
	// Builds are the build configurations that build it (none: nothing does).
	Builds []*Build `json:"builds,omitempty"`
	// NotBuilt says why no configuration builds it, with evidence, when
	// Builds is empty and no configuration may build it.
	NotBuilt []Evidence `json:"not_built,omitempty"`
	// MaybeBuilt: a RustExtension whose path is not a literal may build it.
	MaybeBuilt bool `json:"maybe_built,omitempty"`
}

// Built tells whether some configuration builds the crate, or may.
func (c *Crate) Built() bool { return len(c.Builds) > 0 || c.MaybeBuilt }

// Entry is one module entry point in a crate's sources.
type Entry struct {
	Path   string        `json:"path"`
	Module rust.PyModule `json:"module"`
	// all are the file's modules, to resolve what Module adds.
	all []rust.PyModule
}

// Build is one configuration that builds a crate into a module.
type Build struct {
	// Backend is "maturin" or "setuptools-rust".
	Backend string `json:"backend"`
	// Import is the full import path of the module it produces; Name its
	// last segment, which the entry point must define (PyInit_<Name>).
	Import string `json:"import"`
	Name   string `json:"name"`
	// NameFrom is where the name is set (module-name, [lib] name,
	// [project] name, [package] name, a RustExtension target).
	NameFrom Evidence `json:"name_from"`
	// Config is the configuration itself (the build backend, the
	// RustExtension call).
	Config Evidence `json:"config"`
	// Deprecated is the [package.metadata.maturin] name when the crate
	// has one: maturin ignores it.
	Deprecated *Evidence `json:"deprecated,omitempty"`
	// Entry is the crate's entry point the build's name finds; nil when
	// none defines PyInit_<Name>.
	Entry *Entry `json:"-"`
}

// Module is a module the repository's build produces or declares.
type Module struct {
	Import string `json:"import"`
	// Kind is "rust" (a crate a build builds), "extension" (a setuptools
	// Extension), "cython" (a cythonize target) or "committed" (a .so or
	// .pyd in the repository).
	Kind  string `json:"kind"`
	Build *Build `json:"-"`
	Crate *Crate `json:"-"`
	// Names are the names it defines, when known.
	names      map[string]bool
	NamesKnown bool       `json:"names_known"`
	Evidence   []Evidence `json:"evidence"`
}

// Has tells whether the module defines name; true when its names are not
// known.
func (m *Module) Has(name string) bool {
	return !m.NamesKnown || m.names[name] || strings.HasPrefix(name, "__")
}

// Names are the module's names, sorted.
func (m *Module) Names() []string {
	out := make([]string, 0, len(m.names))
	for n := range m.names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Result is what the repository can build and provide.
type Result struct {
	crates []*Crate
	// modules are the native modules by import path.
	modules map[string]*Module
	// provided are the module names files and folders provide (.py files,
	// package folders, committed .so and .pyd), every suffix of their
	// paths included.
	provided map[string]bool
	// stubs maps a module to its .pyi file.
	stubs map[string]string
	// own are the repository's top-level module names; nativeNames the
	// names of its crates, libraries and entry points.
	own         map[string]bool
	nativeNames map[string]bool
	// deps are the distributions the project depends on, normalised.
	deps map[string]bool
	// backends are the pyproject.toml build backends, for evidence.
	backends []Evidence
	// pyModules are the repository's Python files by module name.
	pyModules map[string]*python.FileFacts
	// cython are module prefixes ("pkg.") whose modules a cythonize glob
	// declares.
	cython []string
}

// Crates iterates over the Python extension crates, by manifest path.
func (r *Result) Crates() iter.Seq[*Crate] {
	return func(yield func(*Crate) bool) {
		for _, c := range r.crates {
			if !yield(c) {
				return
			}
		}
	}
}

// Module returns the native module built or declared at an import path.
func (r *Result) Module(imp string) (*Module, bool) {
	m, ok := r.modules[imp]
	return m, ok
}

// Modules are the native modules, sorted by import path.
func (r *Result) Modules() []*Module {
	out := make([]*Module, 0, len(r.modules))
	for _, m := range r.modules {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Import < out[j].Import })
	return out
}

// Provided tells whether something provides the module: a file, a folder,
// a committed binary, or a build. A .pyi stub is not provision.
func (r *Result) Provided(mod string) bool {
	if _, built := r.modules[mod]; built || r.provided[mod] {
		return true
	}
	for _, prefix := range r.cython {
		if strings.HasPrefix(mod, prefix) {
			return true
		}
	}
	return false
}

// IsPython tells whether a .py file of the repository is the module (a
// package's __init__.py included), whatever its name suggests.
func (r *Result) IsPython(mod string) bool {
	_, ok := r.pyModules[mod]
	return ok
}

// Stub returns the .pyi file for a module, if there is one.
func (r *Result) Stub(mod string) (string, bool) {
	p, ok := r.stubs[mod]
	return p, ok
}

// Own tells whether the repository is meant to provide the module: it is
// under one of its top-level packages, or named like one of its crates,
// libraries or entry points; standard-library modules and the project's
// dependencies never are.
func (r *Result) Own(mod string) bool {
	top, _, _ := strings.Cut(mod, ".")
	if r.deps[normalise(top)] || stdlib[top] {
		return false
	}
	return r.own[top] || r.NativeNamed(mod)
}

// NativeNamed tells whether the module's last segment is named like one
// of the repository's crates, libraries, module names or entry points. The
// first segment does not count: in the mixed layout the Python package
// shares the crate's name, and its other modules are plain Python.
func (r *Result) NativeNamed(mod string) bool {
	return r.nativeNames[mod[strings.LastIndexByte(mod, '.')+1:]]
}

// Backends are the pyproject.toml build backends, for evidence.
func (r *Result) Backends() []Evidence { return r.backends }

// normalise is a distribution or module name compared loosely: lower case,
// "-" and "." as "_".
func normalise(s string) string {
	return strings.NewReplacer("-", "_", ".", "_").Replace(strings.ToLower(s))
}
