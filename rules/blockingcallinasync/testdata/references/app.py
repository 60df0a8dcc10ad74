import asyncio
import time


async def offload(loop, path):
    await loop.run_in_executor(None, open, path)
    await asyncio.to_thread(time.sleep, 1)
    await asyncio.to_thread(open(path).read)  # want "open"
    await asyncio.sleep(1)


async def shadowed(time):
    # A parameter named time hides the module.
    time.sleep(1)


async def local_open():
    def open(p):
        return p
    open("x")
