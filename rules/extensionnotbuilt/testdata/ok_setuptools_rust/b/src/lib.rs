use pyo3::prelude::*;

#[pymodule]
fn b(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
