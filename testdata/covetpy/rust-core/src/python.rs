use pyo3::prelude::*;

/// Splits an HTTP head into lines: the "6-20x speedup" the README promises.
#[pyfunction]
fn fast_parse(data: &[u8]) -> Vec<Vec<u8>> {
    data.split(|b| *b == b'\n').map(|l| l.to_vec()).collect()
}

#[pymodule]
fn covet_rust_core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(fast_parse, m)?)?;
    Ok(())
}
