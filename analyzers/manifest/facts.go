// Package manifest is the front-end for Cargo.toml and pyproject.toml: it
// parses each once with go-toml's unstable parser (which keeps positions and
// comments) and keeps the facts the native-extension rules need. setup.py is
// Python and goes through the Python front-end; nothing is ever run.
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
}

// Pyproject is what a pyproject.toml says about how the project builds.
type Pyproject struct {
	BuildBackend *Value  `json:"build_backend,omitempty"`
	Requires     []Value `json:"requires,omitempty"`
	ProjectName  *Value  `json:"project_name,omitempty"`
	// Maturin holds [tool.maturin]; nil when the table is absent.
	Maturin *Maturin `json:"maturin,omitempty"`
}

// Maturin is the [tool.maturin] table.
type Maturin struct {
	Span         source.Span `json:"span"`
	ModuleName   *Value      `json:"module_name,omitempty"`
	PythonSource *Value      `json:"python_source,omitempty"`
	Features     []Value     `json:"features,omitempty"`
}

// Facts is what the front-end keeps of one manifest; exactly one of Cargo
// and Pyproject is set.
type Facts struct {
	Path      string     `json:"path"`
	Cargo     *Cargo     `json:"cargo,omitempty"`
	Pyproject *Pyproject `json:"pyproject,omitempty"`
}

// Result is the front-end's output: facts of every manifest of the run.
type Result struct {
	Files map[string]*Facts
	// Paths lists the keys of Files, sorted.
	Paths []string
	// Comments are every manifest's comments, broken ones' included.
	Comments map[string][]source.Comment
}
