# The non-findings documented by ruff's flake8-async rules ASYNC210, 212,
# 220, 221, 222, 230, 250 and 251 (their "Use instead" examples and the
# cases their fixtures mark OK). None may be found.
import asyncio
import builtins
import os
import subprocess
import time
import urllib
from pathlib import Path

import aiohttp
import anyio
import fake
import httpx
import requests
import trio


def sync_code(p, cmd):
    time.sleep(1)
    open(p)
    input()
    builtins.input("testing")
    requests.get("u")
    httpx.Client().get("u")
    subprocess.run(cmd)
    os.waitpid(0, 0)
    Path(p).open()


async def async210():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://example.com/foo/bar") as resp:
            await resp.text()
    requests.get
    requests.foo()
    httpx.foo()
    r = {}
    r.get("not a sync http client")

    def request():
        pass

    request()

    def urlopen():
        pass

    urlopen()


async def async212():
    client = httpx.Client()
    client.anything()
    client.build_request("GET", "u")
    client.is_closed
    async with httpx.AsyncClient() as aclient:
        await aclient.get("u")


async def async220_221_222(cmd):
    await asyncio.create_subprocess_shell(cmd)
    await trio.run_process(cmd)
    await anyio.run_process(cmd)
    subprocess.foo(0)
    subprocess.anything()
    subprocess.bar.foo()
    system()
    os.system.anything()
    os.anything()
    os.spawn()
    os.spawn
    os.spawnllll()
    os.waitpi()
    os.waiti()
    os.fspath("foo")

    def wait_for_process():
        os.waitpid(0, 0)

    await asyncio.get_running_loop().run_in_executor(None, wait_for_process)


async def async230(p):
    async with await anyio.open_file(p) as f:
        await f.read()

    class Foo:
        def open(self):
            pass

    Foo().open()

    def open():
        pass

    open()


async def async250():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, input, "Username:")
    fake.input("whatever")
    await asyncio.to_thread(lambda: input("async"))


async def async251():
    await asyncio.sleep(1)
    asyncio.sleep(1)
