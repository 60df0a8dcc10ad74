try:
    from fast_core import Undefined
except ImportError:
    Undefined = object()
