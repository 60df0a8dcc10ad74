use pyo3::prelude::*;

#[pymodule]
fn cffi_fixture(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
