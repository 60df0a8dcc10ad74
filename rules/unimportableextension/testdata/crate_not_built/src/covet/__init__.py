import os
import uvicorn

try:
    import covet_rust_core  # want "module \"covet_rust_core\" can never be imported: nothing in the repository provides or builds it; crate rust-core/Cargo.toml defines it, but no build configuration builds that crate \\(CVT403\\); the repository builds no native module"
    RUST = True
except ImportError:
    RUST = False
