try:
    from ._core import parse
except ImportError:  # want "falls back silently when pkg._core cannot be imported: the handler neither re-raises"
    from ._pure import parse
