try:
    import covet_rust_core
    from covet_rust_core import parse
except ImportError:  # want "\"except ImportError:\" falls back silently when covet_rust_core cannot be imported.*this fallback always runs"
    covet_rust_core = None
    parse = None
