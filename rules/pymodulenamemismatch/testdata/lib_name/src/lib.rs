use pyo3::prelude::*;

#[pymodule]
fn fastlib(m: &Bound<'_, PyModule>) -> PyResult<()> { // want "builds this crate as module \"fastlib_rs\" \\(\\[lib\\] name = \"fastlib_rs\"\\).*rename the entry to \"fastlib_rs\""
    Ok(())
}
