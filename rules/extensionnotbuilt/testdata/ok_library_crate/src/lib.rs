use pyo3::prelude::*;

#[pyclass]
pub struct Shared;
