from covet import _speedups  # want "module \"covet._speedups\" can never be imported.*only the stub covet/_speedups.pyi stands there.*the build produces \"covet._native\" instead \\(pyproject.toml, tool.maturin.module-name = \"covet._native\"\\)"
from covet._native import parse
