from setuptools import setup
from setuptools_rust import RustExtension

setup(rust_extensions=[RustExtension("pkg.a", path="a/Cargo.toml"), RustExtension("pkg.legacy", path="b/Cargo.toml")])
