use pyo3::prelude::*;

#[pymodule]
fn core_py(m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
