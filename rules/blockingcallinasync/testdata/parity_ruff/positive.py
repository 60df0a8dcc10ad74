# One line per call that ruff's flake8-async rules ASYNC210, 212, 220, 221,
# 222, 230, 250 and 251 report, written from ruff's documented lists of
# qualified names (preview behaviour included). Every line must be found.
import builtins
import io
import os
import subprocess
import time
import urllib
import urllib.request
from pathlib import Path
from typing import Optional

import httpx
import requests
import urllib3


async def async210():
    urllib.request.urlopen("http://example.com/foo/bar").read()  # ASYNC210 want "urllib.request.urlopen"
    urllib3.request("GET", "u")  # ASYNC210 want "urllib3.request"
    requests.get("u")  # ASYNC210 want "requests.get"
    requests.post("u")  # ASYNC210 want "requests.post"
    requests.delete("u")  # ASYNC210 want "requests.delete"
    requests.patch("u")  # ASYNC210 want "requests.patch"
    requests.put("u")  # ASYNC210 want "requests.put"
    requests.head("u")  # ASYNC210 want "requests.head"
    requests.connect("u")  # ASYNC210 want "requests.connect"
    requests.options("u")  # ASYNC210 want "requests.options"
    requests.trace("u")  # ASYNC210 want "requests.trace"
    httpx.get("u")  # ASYNC210 want "httpx.get"
    httpx.post("u")  # ASYNC210 want "httpx.post"
    httpx.delete("u")  # ASYNC210 want "httpx.delete"
    httpx.patch("u")  # ASYNC210 want "httpx.patch"
    httpx.put("u")  # ASYNC210 want "httpx.put"
    httpx.head("u")  # ASYNC210 want "httpx.head"
    httpx.connect("u")  # ASYNC210 want "httpx.connect"
    httpx.options("u")  # ASYNC210 want "httpx.options"
    httpx.trace("u")  # ASYNC210 want "httpx.trace"
    print(requests.get(requests.get("u")))  # ASYNC210 want "requests.get" "requests.get"


async def async212(annotated: httpx.Client, optional: Optional[httpx.Client], union: httpx.Client | None):
    client = httpx.Client()
    client.close()  # ASYNC212 want "client.close"
    client.delete("u")  # ASYNC212 want "client.delete"
    client.get("u")  # ASYNC212 want "client.get"
    client.head("u")  # ASYNC212 want "client.head"
    client.options("u")  # ASYNC212 want "client.options"
    client.patch("u")  # ASYNC212 want "client.patch"
    client.post("u")  # ASYNC212 want "client.post"
    client.put("u")  # ASYNC212 want "client.put"
    client.request("GET", "u")  # ASYNC212 want "client.request"
    client.send(None)  # ASYNC212 want "client.send"
    client.stream("GET", "u")  # ASYNC212 want "client.stream"
    annotated.request("GET", "u")  # ASYNC212 want "annotated.request"
    optional.request("GET", "u")  # ASYNC212 want "optional.request"
    union.request("GET", "u")  # ASYNC212 want "union.request"
    declared: httpx.Client = ...
    declared.request("GET", "u")  # ASYNC212 want "declared.request"


async def async220_221_222(cmd):
    subprocess.Popen(cmd)  # ASYNC220 want "subprocess.Popen"
    os.popen(cmd)  # ASYNC220 want "os.popen"
    os.spawnl(os.P_NOWAIT, "p")  # ASYNC220 want "os.spawnl"
    os.system(cmd)  # ASYNC221 want "os.system"
    os.posix_spawn("p", [], {})  # ASYNC221 want "os.posix_spawn"
    os.posix_spawnp("p", [], {})  # ASYNC221 want "os.posix_spawnp"
    subprocess.run(cmd)  # ASYNC221 want "subprocess.run"
    subprocess.call(cmd)  # ASYNC221 want "subprocess.call"
    subprocess.check_call(cmd)  # ASYNC221 want "subprocess.check_call"
    subprocess.check_output(cmd)  # ASYNC221 want "subprocess.check_output"
    subprocess.getoutput(cmd)  # ASYNC221 want "subprocess.getoutput"
    subprocess.getstatusoutput(cmd)  # ASYNC221 want "subprocess.getstatusoutput"
    os.spawnl(os.P_WAIT, "p")  # ASYNC221 want "os.spawnl"
    os.spawnle(os.P_WAIT, "p", {})  # ASYNC221 want "os.spawnle"
    os.spawnlp(os.P_WAIT, "p")  # ASYNC221 want "os.spawnlp"
    os.spawnlpe(os.P_WAIT, "p", {})  # ASYNC221 want "os.spawnlpe"
    os.spawnv(os.P_WAIT, "p", [])  # ASYNC221 want "os.spawnv"
    os.spawnve(os.P_WAIT, "p", [], {})  # ASYNC221 want "os.spawnve"
    os.spawnvp(os.P_WAIT, "p", [])  # ASYNC221 want "os.spawnvp"
    os.spawnvpe(os.P_WAIT, "p", [], {})  # ASYNC221 want "os.spawnvpe"
    os.wait()  # ASYNC222 want "os.wait"
    os.wait3(0)  # ASYNC222 want "os.wait3"
    os.wait4(0, 0)  # ASYNC222 want "os.wait4"
    os.waitid(os.P_ALL, 0, os.WEXITED)  # ASYNC222 want "os.waitid"
    os.waitpid(0, 0)  # ASYNC222 want "os.waitpid"


async def async230(p):
    open(p)  # ASYNC230 want "open"
    io.open(p)  # ASYNC230 want "io.open"
    io.open_code(p)  # ASYNC230 want "io.open_code"
    with open(p) as f:  # ASYNC230 want "open"
        f.read()
    with foo(), open(p):  # ASYNC230 want "open"
        pass
    async with open(p):  # ASYNC230 want "open"
        pass
    Path(p).open()  # ASYNC230 want "Path\\(p\\).open"
    path = Path(p)
    path.open()  # ASYNC230 want "path.open"
    with Path(p).open() as f:  # ASYNC230 want "Path\\(p\\).open"
        pass
    (p1, p2) = (Path("foo"), Path("bar"))
    p1.open()  # ASYNC230 want "p1.open"
    Path(p).read_text()  # ASYNC230 want "read_text"
    Path(p).read_bytes()  # ASYNC230 want "read_bytes"
    Path(p).write_text("c")  # ASYNC230 want "write_text"
    Path(p).write_bytes(b"c")  # ASYNC230 want "write_bytes"
    Path(p).touch()  # ASYNC230 want "touch"

    async def inner():
        path.open()  # ASYNC230 want "path.open"


async def async250():
    input()  # ASYNC250 want "input"
    input("hello world")  # ASYNC250 want "input"
    builtins.input("testing")  # ASYNC250 want "builtins.input"


async def async251():
    time.sleep(1)  # ASYNC251 want "time.sleep"


def foo():
    pass
