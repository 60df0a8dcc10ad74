py_module_initializer!(legacy, initlegacy, PyInit_legacy, |py, m| {
    m.add(py, "anything", 1)?;
    Ok(())
});
