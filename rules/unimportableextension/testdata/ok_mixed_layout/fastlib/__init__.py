import json
import numpy as np
from .fastlib import add
from fastlib.fastlib import add as add2
from fastlib import fastlib, helpers
from . import helpers as h
