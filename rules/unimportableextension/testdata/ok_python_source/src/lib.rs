use pyo3::prelude::*;

#[pymodule]
#[pyo3(name = "_core")]
fn core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    register(m)?;
    Ok(())
}
