"""The Rust fast path, used when the extension imports."""

try:
    import covet_rust_core
    from covet_rust_core import fast_parse
except ImportError:
    covet_rust_core = None

    def fast_parse(data):
        return data.split(b"\n")
