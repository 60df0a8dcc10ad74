use pyo3::prelude::*;

#[pyfunction]
#[pyo3(name = "parse_fast")]
fn parse(s: &str) -> usize { s.len() }

#[pyclass(name = "Parser")]
struct RawParser;

#[pymodule]
fn _native(py: Python<'_>, m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_class::<RawParser>()?;
    m.add("VERSION", "1.0")?;
    let sub = PyModule::new(py, "codecs")?;
    m.add_submodule(&sub)?;
    Ok(())
}
