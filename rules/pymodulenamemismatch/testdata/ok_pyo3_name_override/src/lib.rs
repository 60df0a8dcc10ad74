use pyo3::prelude::*;

#[pyfunction]
fn add(a: i64, b: i64) -> i64 { a + b }

#[pymodule]
fn sub(m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }

#[pymodule]
#[pyo3(name = "_core")]
fn core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(add, m)?)?;
    m.add_wrapped(wrap_pymodule!(sub))?;
    Ok(())
}
