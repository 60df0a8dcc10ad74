package native

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

func runNative(t *testing.T, files map[string]string) *Result {
	t.Helper()
	res, _ := drivertest.Run[*Result](t, Analyzer, files, 2)
	return res
}

// summary renders the modules as "import kind names" and the crates as
// "manifest built|not built: evidence".
func summary(r *Result) []string {
	var out []string
	for _, m := range r.Modules() {
		names := "?"
		if m.NamesKnown {
			names = strings.Join(m.Names(), ",")
		}
		out = append(out, fmt.Sprintf("module %s %s [%s]", m.Import, m.Kind, names))
	}
	for c := range r.Crates() {
		if c.MaybeBuilt {
			out = append(out, fmt.Sprintf("crate %s built by ? as ? (maturin's command line may build it)", c.Manifest))
			continue
		}
		if c.Built() {
			for _, b := range c.Builds {
				entry := "no entry"
				if b.Entry != nil {
					entry = "entry " + b.Entry.Module.Ident
				}
				out = append(out, fmt.Sprintf("crate %s built by %s as %s (%s)", c.Manifest, b.Backend, b.Import, entry))
			}
			continue
		}
		var why []string
		for _, e := range c.NotBuilt {
			why = append(why, e.What)
		}
		out = append(out, fmt.Sprintf("crate %s not built: %s", c.Manifest, strings.Join(why, "; ")))
	}
	return out
}

const lib = `use pyo3::prelude::*;
#[pyfunction]
fn add(a: i64, b: i64) -> i64 { a + b }
#[pyclass(name = "Parser")]
struct RawParser;
#[pymodule]
fn %s(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(add, m)?)?;
    m.add_class::<RawParser>()?;
    Ok(())
}
`

const cargo = "[package]\nname = %q\n[lib]\ncrate-type = [\"cdylib\"]\n[dependencies]\npyo3 = \"0.22\"\n"

func check(t *testing.T, files map[string]string, want ...string) *Result {
	t.Helper()
	r := runNative(t, files)
	if got := summary(r); !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return r
}

func TestMaturinPureRust(t *testing.T) {
	check(t, map[string]string{
		"pyproject.toml": "[build-system]\nbuild-backend = \"maturin\"\n[project]\nname = \"fastlib\"\n",
		"Cargo.toml":     fmt.Sprintf(cargo, "fastlib"),
		"src/lib.rs":     fmt.Sprintf(lib, "fastlib"),
	}, "module fastlib rust [Parser,add]", "crate Cargo.toml built by maturin as fastlib (entry fastlib)")
}

func TestMaturinMixedLayout(t *testing.T) {
	r := check(t, map[string]string{
		"pyproject.toml":             "[build-system]\nbuild-backend = \"maturin\"\n[project]\nname = \"fastlib\"\n[tool.maturin]\npython-source = \"python\"\n",
		"Cargo.toml":                 fmt.Sprintf(cargo, "fastlib"),
		"src/lib.rs":                 fmt.Sprintf(lib, "fastlib"),
		"python/fastlib/__init__.py": "from .fastlib import add\n",
		"python/fastlib/fastlib.pyi": "def add(a: int, b: int) -> int: ...\n",
		"python/fastlib/_helpers.py": "",
	}, "module fastlib.fastlib rust [Parser,add]", "crate Cargo.toml built by maturin as fastlib.fastlib (entry fastlib)")
	if !r.Provided("fastlib.fastlib") || !r.Provided("fastlib._helpers") || r.Provided("fastlib.other") {
		t.Errorf("provision is wrong")
	}
	if p, ok := r.Stub("fastlib.fastlib"); !ok || p != "python/fastlib/fastlib.pyi" {
		t.Errorf("stub = %q", p)
	}
	if !r.Own("fastlib.x") || r.Own("numpy") || r.Own("os.path") {
		t.Errorf("Own is wrong")
	}
}

func TestModuleNameAndWorkspace(t *testing.T) {
	check(t, map[string]string{
		"pyproject.toml":         "[build-system]\nbuild-backend = \"maturin\"\n[tool.maturin]\nmodule-name = \"pkg._core\"\nmanifest-path = \"crates/py/Cargo.toml\"\n",
		"Cargo.toml":             "[workspace]\nmembers = [\"crates/*\"]\n",
		"crates/core/Cargo.toml": "[package]\nname = \"core\"\n",
		"crates/core/src/lib.rs": "pub fn f() {}\n",
		"crates/py/Cargo.toml":   fmt.Sprintf(cargo, "pkg-py"),
		"crates/py/src/lib.rs":   fmt.Sprintf(lib, "_core"),
		"pkg/__init__.py":        "from ._core import add\n",
	}, "module pkg._core rust [Parser,add]", "crate crates/py/Cargo.toml built by maturin as pkg._core (entry _core)")
}

func TestSetuptoolsRust(t *testing.T) {
	check(t, map[string]string{
		"setup.py":        "from setuptools_rust import RustExtension\nsetup(rust_extensions=[RustExtension(\"pkg.a\", path=\"a/Cargo.toml\"), RustExtension(\"pkg.b\", \"b/Cargo.toml\")])\n",
		"pyproject.toml":  "[build-system]\nbuild-backend = \"setuptools.build_meta\"\n",
		"a/Cargo.toml":    fmt.Sprintf(cargo, "a"),
		"a/src/lib.rs":    fmt.Sprintf(lib, "a"),
		"b/Cargo.toml":    fmt.Sprintf(cargo, "b"),
		"b/src/lib.rs":    fmt.Sprintf(lib, "bee"),
		"pkg/__init__.py": "",
	}, "module pkg.a rust [Parser,add]", "module pkg.b rust [?]",
		"crate a/Cargo.toml built by setuptools-rust as pkg.a (entry a)",
		"crate b/Cargo.toml built by setuptools-rust as pkg.b (no entry)")
}

func TestNotBuilt(t *testing.T) {
	check(t, map[string]string{
		"pyproject.toml":       "[build-system]\nbuild-backend = \"setuptools.build_meta\"\n# [tool.maturin]\n# module-name = \"covet_rust_core\"\n",
		"rust-core/Cargo.toml": fmt.Sprintf(cargo, "covet-rust-core"),
		"rust-core/src/lib.rs": fmt.Sprintf(lib, "covet_rust_core"),
	}, `crate rust-core/Cargo.toml not built: commented out: [tool.maturin]; commented out: module-name = "covet_rust_core"`)
	r := check(t, map[string]string{
		"pyproject.toml":        "[build-system]\nbuild-backend = \"setuptools.build_meta\"\n",
		"rust-core/Cargo.toml":  fmt.Sprintf(cargo, "covet-rust-core"),
		"rust-core/src/lib.rs":  fmt.Sprintf(lib, "covet_rust_core"),
		"src/covet/__init__.py": "",
	}, `crate rust-core/Cargo.toml not built: build-backend is "setuptools.build_meta"`)
	if !r.Own("covet_rust_core") || !r.NativeNamed("covet_rust_core") || r.Provided("covet_rust_core") {
		t.Errorf("the crate's module is not known as the repository's own and missing")
	}
}

func TestPythonFirstSrcLayout(t *testing.T) {
	check(t, map[string]string{
		"pyproject.toml":         "[build-system]\nbuild-backend = \"maturin\"\n[project]\nname = \"srcpkg\"\n",
		"rust/Cargo.toml":        fmt.Sprintf(cargo, "srcpkg"),
		"rust/src/lib.rs":        fmt.Sprintf(lib, "srcpkg"),
		"src/srcpkg/__init__.py": "from .srcpkg import add\n",
	}, "module srcpkg.srcpkg rust [Parser,add]", "crate rust/Cargo.toml built by maturin as srcpkg.srcpkg (entry srcpkg)")
}

func TestNoPythonPackaging(t *testing.T) {
	check(t, map[string]string{
		"Cargo.toml": fmt.Sprintf(cargo, "alone"),
		"src/lib.rs": fmt.Sprintf(lib, "alone"),
	}, "crate Cargo.toml built by ? as ? (maturin's command line may build it)")
}

// TestEntryInALibraryCrate: the entry point lives in a workspace library
// that the built cdylib depends on, as polars-python does for polars'
// runtimes; an example crate with no packaging above it is left alone.
func TestEntryInALibraryCrate(t *testing.T) {
	r := check(t, map[string]string{
		"Cargo.toml":               "[workspace]\nmembers = [\"crates/*\", \"rt\"]\n",
		"crates/python/Cargo.toml": "[package]\nname = \"lib-python\"\n[dependencies]\npyo3 = { workspace = true }\n",
		"crates/python/src/lib.rs": fmt.Sprintf(lib, "_runtime"),
		"rt/pyproject.toml":        "[build-system]\nbuild-backend = \"maturin\"\n[tool.maturin]\nmodule-name = \"_rt._runtime\"\n",
		"rt/Cargo.toml":            "[package]\nname = \"rt\"\n[lib]\nname = \"_runtime\"\ncrate-type = [\"cdylib\"]\n[dependencies]\nlib-python = { workspace = true }\npyo3 = { workspace = true }\n",
		"rt/src/lib.rs":            "pub use lib_python::*;\n",
		"examples/ext/Cargo.toml":  fmt.Sprintf(cargo, "ext"),
		"examples/ext/src/lib.rs":  fmt.Sprintf(lib, "ext"),
		"examples/ext/Makefile":    "install:\n\tmaturin develop -m Cargo.toml\n",
	}, "module _rt._runtime rust [Parser,add]",
		"crate examples/ext/Cargo.toml built by ? as ? (maturin's command line may build it)",
		"crate rt/Cargo.toml built by maturin as _rt._runtime (entry _runtime)")
	if !r.Provided("_rt") || !r.Provided("ext") || r.Provided("_runtime") {
		t.Errorf("a dotted module's package, or a crate the command line builds, is not provided")
	}
}
