use pyo3::prelude::*;

#[pymodule]
#[pyo3(name = "speedups")] // want "module entry \"speedups\" defines PyInit_speedups, but setuptools-rust builds this crate as module \"pkg.speed\" \\(RustExtension target \"pkg.speed\"\\)"
fn speed(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
