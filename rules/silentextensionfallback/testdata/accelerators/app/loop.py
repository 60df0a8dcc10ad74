import logging

logger = logging.getLogger(__name__)

try:
    import uvloop
except ImportError:  # want "when uvloop cannot be imported"
    pass

try:
    import orjson as json
except (ImportError, AttributeError):  # want "when orjson cannot be imported"
    import json

try:
    from .speedups import escape
except ModuleNotFoundError:  # want "when app.speedups cannot be imported"
    logger.debug("no speedups")

    def escape(s):
        return s

try:
    import ciso8601
except ImportError:  # pragma: no cover  # want "\"except ImportError:\" falls back silently when ciso8601"
    ciso8601 = None
