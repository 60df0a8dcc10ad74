from ._fast_core import *
