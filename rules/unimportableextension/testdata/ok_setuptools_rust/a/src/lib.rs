use pyo3::prelude::*;

#[pymodule]
#[pyo3(name = "a")]
mod module {
    #[pyfunction]
    fn f() {}
    #[pymodule_export]
    use crate::Thing;
}

#[pyclass]
struct Thing;
