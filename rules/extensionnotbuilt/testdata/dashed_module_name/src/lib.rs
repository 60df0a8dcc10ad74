use pyo3::prelude::*;

#[pymodule]
fn my_ext(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
