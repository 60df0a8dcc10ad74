import asyncio
import time


async def handle(request):
    return {"ok": True}


def bench_handler():  # want "benchmark bench_handler calls the async def handle in a timed loop without awaiting it: it times creating coroutines, not running them; await it"
    start = time.perf_counter()
    for _ in range(10000):
        handle({"path": "/"})
    return time.perf_counter() - start


async def bench_handler_awaited():
    start = time.perf_counter()
    for _ in range(10000):
        await handle({"path": "/"})
    return time.perf_counter() - start


async def bench_gathered():
    start = time.perf_counter()
    tasks = [handle({}) for _ in range(100)]
    await asyncio.gather(*tasks)
    return time.perf_counter() - start


def bench_run():
    start = time.perf_counter()
    for _ in range(100):
        asyncio.run(handle({}))
    return time.perf_counter() - start
