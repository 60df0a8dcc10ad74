use pyo3::prelude::*;

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> { // want "as module \"pkg_core\" \\(\\[package\\] name = \"pkg_core\"\\).*\\[package.metadata.maturin\\] name = \"pkg._core\", which maturin 0.15 and later ignore"
    Ok(())
}
