import asyncio
import time


def read_config(path):
    with open(path) as f:
        return f.read()


def pause():
    time.sleep(0.5)


def pure(x):
    return x + 1


async def handler(request):
    cfg = read_config("app.toml")  # want "CVT202 read_config\\(\\) blocks the event loop: read_config -> open; make read_config async, or run it with await asyncio.to_thread\\(read_config, \\.\\.\\.\\)"
    pause()  # want "pause -> time.sleep"
    pure(1)
    return [read_config(p) for p in request.paths]  # want "read_config -> open"


def sync_caller():
    # Not in an async function: nothing to report.
    return read_config("x")


async def eager(run):
    # read_config() runs on the loop before its result reaches the task.
    return asyncio.create_task(run(read_config("x")))  # want "read_config -> open"
