from ._native import Parser, VERSION, codecs, parse_fast
from ._native import RawParser  # want "native module \"pkg._native\" \\(built by maturin from Cargo.toml\\) never adds \"RawParser\": it adds Parser, VERSION, codecs, parse_fast; did you mean \"Parser\"\\?"
