#[macro_use]
extern crate cpython;

py_module_initializer!(oldname, initoldname, PyInit_oldname, |py, m| { // want "module entry \"oldname\" defines PyInit_oldname, but maturin builds this crate as module \"newname\""
    Ok(())
});
