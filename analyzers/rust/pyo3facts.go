package rust

import "github.com/covet-lint/covet-lint/analyzers/source"

// PyModule is a Python module entry point the file defines: a #[pymodule]
// fn or mod, or a legacy #[py::modinit(name)] fn or rust-cpython
// py_module_initializer!(name, ...).
type PyModule struct {
	Kind PyModuleKind `json:"kind"`
	// Ident is the Rust name; Name the Python name (the override when one
	// is written, else Ident), NameSpan where Name is written.
	Ident    string      `json:"ident"`
	Name     string      `json:"name"`
	NameSpan source.Span `json:"name_span"`
	// Override is true when Name comes from #[pyo3(name)] or
	// #[pymodule(name)] (or the legacy macro's argument).
	Override bool `json:"override,omitempty"`
	// Submodule: #[pymodule(submodule)], never imported on its own.
	Submodule bool        `json:"submodule,omitempty"`
	Span      source.Span `json:"span"`
	Adds      []PyAdd     `json:"adds,omitempty"`
	// Open is true when the module hands itself to code not followed (a
	// helper called with it), so Adds may be incomplete.
	Open bool `json:"open,omitempty"`
}

// PyModuleKind is how a module entry point is written.
type PyModuleKind string

const (
	ModuleFn          PyModuleKind = "fn"
	ModuleMod         PyModuleKind = "mod"
	ModuleModinit     PyModuleKind = "py::modinit"
	ModuleInitializer PyModuleKind = "py_module_initializer!"
)

// PyAdd is something a module adds to itself.
type PyAdd struct {
	Kind PyAddKind `json:"kind"`
	// Ident is the Rust item added (a fn, a type, a module); Name the
	// Python name when written where it is added (m.add("NAME", ...),
	// PyModule::new(py, "sub")). Rules resolve Ident through PyItems.
	Ident string      `json:"ident,omitempty"`
	Name  string      `json:"name,omitempty"`
	Span  source.Span `json:"span"`
}

// PyAddKind is what a module adds.
type PyAddKind string

const (
	AddFunction PyAddKind = "function"
	AddClass    PyAddKind = "class"
	AddModule   PyAddKind = "module"
	// AddName is any other attribute (m.add("VERSION", ...)), or an item
	// exported with #[pymodule_export].
	AddName PyAddKind = "name"
)

// PyItem is a #[pyfunction] or #[pyclass] item, with its Python name.
type PyItem struct {
	Kind     PyAddKind   `json:"kind"`
	Ident    string      `json:"ident"`
	Name     string      `json:"name"`
	NameSpan source.Span `json:"name_span"`
}
