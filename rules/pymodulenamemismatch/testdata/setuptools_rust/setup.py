from setuptools import setup
from setuptools_rust import RustExtension

setup(name="pkg", rust_extensions=[RustExtension("pkg.speed", path="Cargo.toml")])
