import time
import time as t
import io
import os
import subprocess as sp
import urllib.request
from time import sleep
from time import sleep as snooze
import requests
import httpx


async def handler():
    time.sleep(1)  # want "CVT201 blocking call time.sleep\\(\\) in async function; use await asyncio.sleep"
    t.sleep(1)  # want "t.sleep"
    sleep(1)  # want "asyncio.sleep"
    snooze(1)  # want "snooze"
    io.open("f")  # want "aiofiles"
    open("f")  # want "aiofiles"
    requests.get("u")  # want "httpx.AsyncClient"
    requests.post("u")  # want "requests.post"
    httpx.get("u")  # want "httpx.get"
    urllib.request.urlopen("u")  # want "urlopen"
    sp.run(["ls"])  # want "create_subprocess_exec"
    sp.Popen(["ls"])  # want "sp.Popen"
    os.system("ls")  # want "os.system"
    input()  # want "input"
