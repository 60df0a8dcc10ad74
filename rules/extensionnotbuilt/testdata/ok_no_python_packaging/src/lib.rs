use pyo3::prelude::*;

#[pymodule]
fn lonely(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
