use pyo3::prelude::*;

#[pymodule(name = "fast_mod")]
mod module {
    #[pyfunction]
    fn f() {}

    #[pymodule(submodule)]
    mod inner {}
}
