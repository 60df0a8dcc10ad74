# A one-off script's copy of the package: the same module name, other
# contents, outside every workspace member.
import time


def warm_cache():
    return None


def cheap():
    time.sleep(1)
