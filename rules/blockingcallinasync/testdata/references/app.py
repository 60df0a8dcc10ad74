import asyncio
import functools
import time

import anyio
import anyio.to_thread
import requests
import trio
from asgiref.sync import sync_to_async
from fastapi.concurrency import run_in_threadpool as fastapi_pool
from starlette.concurrency import run_in_threadpool


async def offload(loop, path):
    await loop.run_in_executor(None, open, path)
    await loop.run_in_executor(None, functools.partial(time.sleep, 1))
    await asyncio.to_thread(time.sleep, 1)
    await anyio.to_thread.run_sync(time.sleep, 1)
    await trio.to_thread.run_sync(requests.get, "u")
    await sync_to_async(requests.get)("u")
    await run_in_threadpool(requests.get, "u")
    await fastapi_pool(open, path)
    await asyncio.to_thread(lambda: time.sleep(1))
    await asyncio.to_thread(open(path).read)  # want "open"
    await loop.run_in_executor(None, time.sleep(1))  # want "time.sleep"
    await asyncio.sleep(1)
    await anyio.sleep(1)
    await trio.sleep(1)
    f = time.sleep
    g = requests.get
    return f, g


async def shadowed(time):
    # A parameter named time hides the module.
    time.sleep(1)


async def local_open():
    def open(p):
        return p
    open("x")
