import asyncio
import functools


def load(path):
    return open(path).read()


async def handler(loop, path):
    await asyncio.to_thread(load, path)
    await loop.run_in_executor(None, load, path)
    await loop.run_in_executor(None, functools.partial(load, path))
    callback = load
    return callback
