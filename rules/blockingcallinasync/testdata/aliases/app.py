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


import builtins
from subprocess import Popen as Spawn
from urllib.request import urlopen as fetch
from httpx import Client as HttpClient
import pathlib as pl


async def more_aliases():
    builtins.open("f")  # want "builtins.open"
    builtins.input()  # want "builtins.input"
    Spawn(["ls"])  # want "Spawn\\(\\) \\(subprocess.Popen\\)"
    fetch("u")  # want "urllib.request.urlopen"
    HttpClient().get("u")  # want "httpx.Client\\(\\).get"
    pl.Path("x").read_text()  # want "pathlib.Path\\(\\).read_text"
