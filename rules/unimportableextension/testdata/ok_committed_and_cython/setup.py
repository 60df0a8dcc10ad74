from setuptools import Extension, setup
from Cython.Build import cythonize

setup(ext_modules=cythonize(["pkg/_fast.pyx", "pkg/speedups/*.pyx"]) + [Extension("pkg._c", sources=["c/x.c"])])
