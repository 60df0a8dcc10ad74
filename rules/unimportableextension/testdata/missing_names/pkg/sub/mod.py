from .._native import parse_fast, __doc__
from .._native import parse  # want "never adds \"parse\".*did you mean \"parse_fast\""
from .. import _native
