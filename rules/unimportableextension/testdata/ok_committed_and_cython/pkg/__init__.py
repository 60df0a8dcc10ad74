from pkg import _fast, _c, _prebuilt
from pkg.speedups import _http_parser
