from setuptools import setup
from setuptools_rust import Binding, RustExtension

setup(
    name="pkg",
    rust_extensions=[
        RustExtension("pkg.a", path="a/Cargo.toml", binding=Binding.PyO3),
        RustExtension("pkg.b", "b/Cargo.toml"),
    ],
)
