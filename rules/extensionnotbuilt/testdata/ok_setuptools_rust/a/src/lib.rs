use pyo3::prelude::*;

#[pymodule]
fn a(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
