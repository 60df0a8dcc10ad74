use pyo3::prelude::*;

#[pymodule]
fn x(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
