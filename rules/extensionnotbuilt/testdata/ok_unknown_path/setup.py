import os
from setuptools import setup
from setuptools_rust import RustExtension

here = os.path.dirname(__file__)
setup(rust_extensions=[RustExtension("pkg.x", path=os.path.join(here, "x", "Cargo.toml"))])
