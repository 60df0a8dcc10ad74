"""Settings helpers: synchronous, and called from async handlers."""
import json


def read_file(path):
    with open(path) as fh:
        return fh.read()


def load_settings(path):
    return json.loads(read_file(path))
