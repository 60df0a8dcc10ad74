from ._core import whatever_register_adds
from pkg._core import more
