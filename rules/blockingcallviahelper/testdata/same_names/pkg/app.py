from pkg import disk
from pkg.memory import load


async def cached(path):
    return load(path)


async def fresh(path):
    return disk.load(path)  # want "disk.load\\(\\) blocks the event loop: load -> open"
