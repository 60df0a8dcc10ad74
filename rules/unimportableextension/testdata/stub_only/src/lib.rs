use pyo3::prelude::*;

#[pyfunction]
fn parse(s: &str) -> usize { s.len() }

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    Ok(())
}
