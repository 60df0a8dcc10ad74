use pyo3::prelude::*;

#[pymodule]
fn srcpkg(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
