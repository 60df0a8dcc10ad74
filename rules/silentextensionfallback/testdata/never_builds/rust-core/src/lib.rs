use pyo3::prelude::*;

#[pymodule]
fn covet_rust_core(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
