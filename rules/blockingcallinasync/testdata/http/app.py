import typing
from typing import Optional

import httpx
import requests
import urllib3
import urllib.request as ur
from requests import Session as RSession

MODULE_CLIENT = httpx.Client()
SESSION: requests.Session = requests.Session()


async def module_verbs():
    requests.get("u")  # want "blocking call requests.get\\(\\) in async function; use httpx.AsyncClient or aiohttp"
    requests.post("u")  # want "requests.post"
    requests.put("u")  # want "requests.put"
    requests.patch("u")  # want "requests.patch"
    requests.delete("u")  # want "requests.delete"
    requests.head("u")  # want "requests.head"
    requests.options("u")  # want "requests.options"
    requests.request("GET", "u")  # want "requests.request"
    httpx.stream("GET", "u")  # want "httpx.stream"
    httpx.request("GET", "u")  # want "httpx.request"
    urllib3.request("GET", "u")  # want "urllib3.request"
    ur.urlopen("u")  # want "ur.urlopen\\(\\) \\(urllib.request.urlopen\\)"
    requests.codes.ok
    requests.Request("GET", "u")  # building a request does no I/O


async def clients_in_function():
    c = httpx.Client()
    c.get("u")  # want "c.get\\(\\) \\(httpx.Client\\(\\).get\\)"
    c.send(c.build_request("GET", "u"))  # want "c.send"
    c.close()  # want "c.close"
    with httpx.Client() as w:
        w.post("u")  # want "httpx.Client\\(\\).post"
    s = RSession()
    s.get("u")  # want "requests.Session\\(\\).get"
    pool = urllib3.PoolManager()
    pool.request("GET", "u")  # want "urllib3.PoolManager\\(\\).request"
    conn = urllib3.HTTPConnectionPool("h")
    conn.urlopen("GET", "/")  # want "urlopen"
    ann: httpx.Client = make()
    ann.get("u")  # want "ann.get"


async def module_level_clients():
    MODULE_CLIENT.get("u")  # want "MODULE_CLIENT.get"
    SESSION.post("u")  # want "SESSION.post"
    LATER.get("u")  # want "LATER.get"


async def typed_parameters(a: httpx.Client, b: Optional[httpx.Client], c: httpx.Client | None = None, d: typing.Optional[httpx.Client] = None):
    a.request("GET", "u")  # want "a.request"
    b.get("u")  # want "b.get"
    c.get("u")  # want "c.get"
    d.get("u")  # want "d.get"
    a.build_request("GET", "u")


async def async_clients():
    async with httpx.AsyncClient() as client:
        await client.get("u")
        client.build_request("GET", "u")
    ac = httpx.AsyncClient()
    ac.get("u")  # returns a coroutine, not blocking
    import aiohttp
    async with aiohttp.ClientSession() as session:
        async with session.get("u") as resp:
            await resp.text()
    r = {}
    r.get("not a client")
    await requests.get("u")  # awaited: not the synchronous API


def sync_code():
    requests.get("u")
    MODULE_CLIENT.get("u")


def make():
    return httpx.Client()


LATER = httpx.Client()
