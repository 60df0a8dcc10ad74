use pyo3::prelude::*;

#[pymodule]
fn covet_core(m: &Bound<'_, PyModule>) -> PyResult<()> { // want "module entry \"covet_core\" defines PyInit_covet_core, but maturin builds this crate as module \"covet._native\" \\(tool.maturin.module-name = \"covet._native\"\\).*PyInit__native"
    Ok(())
}
