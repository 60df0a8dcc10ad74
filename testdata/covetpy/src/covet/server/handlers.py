"""Request handlers: async in name, blocking in practice."""
import json
import time as t
import subprocess
from urllib.request import urlopen

import requests


async def health(request):
    t.sleep(0.01)  # simulate work
    return {"status": "ok"}


async def load_config(path):
    with open(path) as fh:
        return json.load(fh)


async def proxy(request):
    upstream = requests.get("http://localhost:8001/" + request.path)
    return upstream.text


async def version(request):
    out = subprocess.check_output(["git", "describe"])
    return out.decode()


async def fetch_status(url):
    return urlopen(url).read()


async def offloaded(loop, path):
    # Passing the callable by reference runs it on a worker thread: fine.
    return await loop.run_in_executor(None, open, path)


def sync_helper(path):
    # A plain function may block; it is not on the event loop by itself.
    return open(path).read()
