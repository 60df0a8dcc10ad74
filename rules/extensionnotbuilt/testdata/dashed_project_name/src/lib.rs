use pyo3::prelude::*;

#[pymodule]
fn my_pkg(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
