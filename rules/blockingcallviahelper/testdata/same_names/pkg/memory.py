CACHE = {}


def load(path):
    return CACHE.get(path)
