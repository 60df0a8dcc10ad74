import logging
import warnings

log = logging.getLogger(__name__)

try:
    import uvloop
except ImportError:
    warnings.warn("uvloop not installed; using the asyncio event loop")

try:
    import orjson
except ImportError:
    log.warning("orjson missing, JSON is slower")

try:
    from ._native import parse
    HAS_NATIVE = True
except ImportError:
    HAS_NATIVE = False
    from ._pure import parse

try:
    import ujson
except ImportError as e:
    raise ImportError("install app[speed]") from e

try:
    import httptools
except ImportError:
    print("httptools is not installed, using h11")

try:
    import yaml
except ImportError:
    yaml = None

try:
    import msgpack
except KeyError:
    pass

UVLOOP_INSTALLED = False
try:
    import uvloop  # noqa

    UVLOOP_INSTALLED = True
except ImportError:  # pragma: no cover
    pass
