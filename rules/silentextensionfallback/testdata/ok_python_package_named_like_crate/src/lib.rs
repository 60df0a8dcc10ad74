use pyo3::prelude::*;

#[pymodule]
fn _fast_core(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
