use pyo3::prelude::*;

#[pymodule]
#[pyo3(name = "pkg_core")]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
