// Package manifest is the front-end for Cargo.toml and pyproject.toml: it
// parses each once with go-toml's unstable parser (which keeps positions and
// comments) and keeps the facts the native-extension rules need. setup.py is
// Python and goes through the Python front-end; nothing is ever run. It
// also line-scans requirements*.txt and setup.cfg (INI text) for the
// distributions they name.
package manifest

import "github.com/covet-lint/covet-lint/analyzers/source"

// Value is one string value and where it stands (its quotes included).
type Value struct {
	Text string      `json:"text"`
	Span source.Span `json:"span"`
}

// Dependency is one dependency entry of a Cargo manifest, in any
// dependency table ([dependencies], [dev-dependencies],
// [target.'cfg(...)'.dependencies], [workspace.dependencies], ...).
type Dependency struct {
	// Table is the dotted table holding it ("dependencies",
	// "target.cfg(unix).dependencies").
	Table string `json:"table"`
	// Span is the dependency's key.
	Span     source.Span `json:"span"`
	Version  *Value      `json:"version,omitempty"`
	Features []Value     `json:"features,omitempty"`
	// Workspace is true for `pyo3 = { workspace = true }` or `pyo3.workspace = true`.
	Workspace bool `json:"workspace,omitempty"`
}

// Cargo is what a Cargo.toml says about the crate it builds.
type Cargo struct {
	PackageName *Value  `json:"package_name,omitempty"`
	LibName     *Value  `json:"lib_name,omitempty"`
	CrateTypes  []Value `json:"crate_types,omitempty"`
	// PyO3 lists every pyo3 dependency entry, in source order.
	PyO3 []Dependency `json:"pyo3,omitempty"`
	// CPython lists every rust-cpython (`cpython`) dependency entry.
	CPython []Dependency `json:"cpython,omitempty"`
	// MaturinName is the deprecated [package.metadata.maturin] name, which
	// maturin 0.15 and later ignore.
	MaturinName *Value `json:"maturin_name,omitempty"`
	// Members are [workspace] members (globs as written).
	Members []Value `json:"members,omitempty"`
	// Deps names every dependency of the library (dev-dependencies
	// excluded), in source order, possibly more than once.
	Deps []string `json:"deps,omitempty"`
}

// Pyproject is what a pyproject.toml says about how the project builds.
type Pyproject struct {
	BuildBackend *Value  `json:"build_backend,omitempty"`
	Requires     []Value `json:"requires,omitempty"`
	ProjectName  *Value  `json:"project_name,omitempty"`
	// Maturin holds [tool.maturin]; nil when the table is absent.
	Maturin *Maturin `json:"maturin,omitempty"`
	// Dependencies are [project] dependencies and every optional
	// dependency, as written.
	Dependencies []Value `json:"dependencies,omitempty"`
	// RustExtensions are [[tool.setuptools-rust.ext-modules]] entries.
	RustExtensions []RustExtension `json:"rust_extensions,omitempty"`
	// Commented are comment lines that would configure a native build if
	// they were not comments: not configuration, but evidence to cite.
	Commented []Value `json:"commented,omitempty"`
	// Layout tells where the project's packages live (layout.go).
	Layout Layout `json:"layout"`
}

// RustExtension is one setuptools-rust extension declared in pyproject.toml.
type RustExtension struct {
	Span   source.Span `json:"span"`
	Target *Value      `json:"target,omitempty"`
	Path   *Value      `json:"path,omitempty"`
}

// Maturin is the [tool.maturin] table.
type Maturin struct {
	Span         source.Span `json:"span"`
	ModuleName   *Value      `json:"module_name,omitempty"`
	PythonSource *Value      `json:"python_source,omitempty"`
	Features     []Value     `json:"features,omitempty"`
	ManifestPath *Value      `json:"manifest_path,omitempty"`
}

// Requirements is a requirements*.txt file or a setup.cfg: the
// distributions it names, as written (setup.cfg: install_requires,
// setup_requires and extras).
type Requirements struct {
	Names []Value `json:"names,omitempty"`
	// PackageDirs are setup.cfg's [options] package_dir folders, by
	// package ("" for the root package).
	PackageDirs map[string]string `json:"package_dirs,omitempty"`
	// FindWhere is setup.cfg's [options.packages.find] where.
	FindWhere []string `json:"find_where,omitempty"`
}

// Facts is what the front-end keeps of one manifest; exactly one of Cargo,
// Pyproject and Requirements is set.
type Facts struct {
	Path         string        `json:"path"`
	Cargo        *Cargo        `json:"cargo,omitempty"`
	Pyproject    *Pyproject    `json:"pyproject,omitempty"`
	Requirements *Requirements `json:"requirements,omitempty"`
}

// Result is the front-end's output: facts of every manifest of the run.
type Result struct {
	Files map[string]*Facts
	// Paths lists the keys of Files, sorted.
	Paths []string
	// Comments are every manifest's comments, broken ones' included.
	Comments map[string][]source.Comment
}
