import asyncio
import time

from asgiref.sync import sync_to_async


async def slow():
    time.sleep(1)


async def relay():
    return await slow()


def make_coroutine():
    return relay()


@sync_to_async
def offloaded(path):
    return open(path).read()


async def handler():
    await slow()
    await relay()
    slow()
    make_coroutine()
    # An awaited plain def returns an awaitable: a wrapper moved the work.
    await offloaded("x")


async def fan_out(loop, paths):
    # Arguments of asyncio.gather and create_task must be awaitables too.
    await asyncio.gather(offloaded("a"), *[offloaded(p) for p in paths])
    task = asyncio.create_task(offloaded("b"))
    loop.create_task(offloaded("c"))
    return task
