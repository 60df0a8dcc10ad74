from .srcpkg import *
