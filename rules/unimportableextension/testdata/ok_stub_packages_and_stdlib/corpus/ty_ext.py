from collections.abc import Iterable
from ty_ext._internal import Intersection
import logging.config
