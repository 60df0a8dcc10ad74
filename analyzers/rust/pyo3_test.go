package rust

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

const pyo3Src = `use pyo3::prelude::*;

/// A class.
#[pyclass(name = "Fast", module = "pkg")]
#[derive(Clone)]
pub struct Inner { x: i32 }

#[pyclass]
enum Mode { A }

#[pyfunction]
#[pyo3(name = "go")]
fn run() {}

#[pymodule]
#[pyo3(name = "_core")]
fn core(py: Python, module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(run, module)?)?;
    module.add_class::<Inner>()?;
    module.add_wrapped(wrap_pymodule!(crate::other))?;
    module.add("VERSION", "1")?;
    let sub = PyModule::new(py, "sub")?;
    println!("{}", 1);
    module.add_submodule(&sub)?;
    Ok(())
}

#[pymodule(submodule, name = "renamed")]
mod other {
    #[pymodule_export]
    use super::{Inner, Mode as M};
    #[pyfunction]
    fn f() {}
    #[pymodule]
    mod nested {}
    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        helpers::register(m)
    }
}

#[py::modinit(legacy)]
fn init_legacy(py: Python, m: PyModule) {}

py_module_initializer!(old, initold, PyInit_old, |py, m| { Ok(()) });
`

func TestPyO3Facts(t *testing.T) {
	ff, _ := extract(t, pyo3Src)
	var got []string
	for _, m := range ff.PyModules {
		if pyo3Src[m.NameSpan.Start:m.NameSpan.End] != m.Name {
			t.Errorf("name span of %s is %q", m.Name, pyo3Src[m.NameSpan.Start:m.NameSpan.End])
		}
		var adds []string
		for _, a := range m.Adds {
			adds = append(adds, fmt.Sprintf("%s:%s%s", a.Kind, a.Ident, a.Name))
		}
		got = append(got, fmt.Sprintf("%s %s=%s override=%v sub=%v open=%v [%s]", m.Kind, m.Ident, m.Name, m.Override, m.Submodule, m.Open, strings.Join(adds, " ")))
	}
	want := []string{
		"fn core=_core override=true sub=false open=false [function:run class:Inner module:other name:VERSION module:sub]",
		"mod other=renamed override=true sub=true open=true [name:Inner name:M function:f module:nested]",
		"mod nested=nested override=false sub=false open=false []",
		"py::modinit init_legacy=legacy override=true sub=false open=false []",
		"py_module_initializer! old=old override=true sub=false open=false []",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("modules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var items []string
	for _, it := range ff.PyItems {
		items = append(items, fmt.Sprintf("%s %s=%s", it.Kind, it.Ident, it.Name))
	}
	wantItems := []string{"class Inner=Fast", "class Mode=Mode", "function run=go", "function f=f"}
	if !reflect.DeepEqual(items, wantItems) {
		t.Errorf("items = %q, want %q", items, wantItems)
	}
}

func TestPyO3FactsSkipFilesWithoutPyO3(t *testing.T) {
	ff, _ := extract(t, "#[derive(Debug)]\nstruct S;\nfn main() {}\n")
	if open, _ := extract(t, "#[pymodule]\nfn m(m: &PyModule) { register!(m); }\n"); len(open.PyModules) != 1 || !open.PyModules[0].Open {
		t.Errorf("a macro given the module leaves it closed: %+v", open.PyModules)
	}
	if len(ff.PyModules)+len(ff.PyItems) != 0 {
		t.Errorf("facts in a file without PyO3: %+v %+v", ff.PyModules, ff.PyItems)
	}
}

// BenchmarkPyO3Facts extracts a module that adds n functions, to show the
// body walk stays linear.
func BenchmarkPyO3Facts(b *testing.B) {
	for _, n := range []int{2000, 4000, 8000} {
		var sb strings.Builder
		sb.WriteString("use pyo3::prelude::*;\n#[pymodule]\nfn m(m: &Bound<'_, PyModule>) -> PyResult<()> {\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&sb, "    m.add_function(wrap_pyfunction!(f%d, m)?)?;\n    m.add_class::<C%d>()?;\n", i, i)
		}
		sb.WriteString("    Ok(())\n}\n")
		src := sb.String()
		b.Run(fmt.Sprintf("adds-%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if ff, _ := extract(b, src); len(ff.PyModules) != 1 || len(ff.PyModules[0].Adds) != 2*n {
					b.Fatalf("modules = %+v", len(ff.PyModules))
				}
			}
		})
	}
}

// FuzzPyO3Facts extracts arbitrary bytes: every span of the PyO3 facts
// lies within the source.
func FuzzPyO3Facts(f *testing.F) {
	f.Add(pyo3Src)
	f.Add("#[pymodule(name = \"x\")]\nmod m { #[pymodule_export] use a::{b as c, d}; }\npy_module_initializer!(\n")
	f.Add("#[pymodule]\nfn m(m: &PyModule) { m.add_class::<>(); wrap_pyfunction!(); m.add(\"\\\"\"); }")
	f.Fuzz(func(t *testing.T, src string) {
		ff, _ := extract(t, src)
		in := func(what string, sp source.Span) {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(src) {
				t.Fatalf("%s span %+v outside %d bytes", what, sp, len(src))
			}
		}
		for _, m := range ff.PyModules {
			in("module", m.Span)
			in("name", m.NameSpan)
			for _, a := range m.Adds {
				in("add", a.Span)
			}
		}
		for _, it := range ff.PyItems {
			in("item", it.NameSpan)
		}
	})
}
