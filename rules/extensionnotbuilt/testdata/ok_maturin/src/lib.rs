use pyo3::prelude::*;

#[pymodule]
fn fastlib(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
