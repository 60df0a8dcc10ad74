import asyncio
import functools


def load(path):
    return open(path).read()


async def handler(loop, path):
    await asyncio.to_thread(load, path)
    await loop.run_in_executor(None, load, path)
    await loop.run_in_executor(None, functools.partial(load, path))
    # The lambda and the nested def run on the executor's thread.
    await loop.run_in_executor(None, lambda: load(path))

    def work():
        return load(path)

    await asyncio.to_thread(work)
    callback = load
    return callback
