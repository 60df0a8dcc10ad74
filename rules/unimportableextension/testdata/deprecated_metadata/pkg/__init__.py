from pkg._core import anything  # want "module \"pkg._core\" can never be imported.*the build produces \"pkg_core\" instead \\(Cargo.toml, \\[package\\] name = \"pkg_core\"\\)"
