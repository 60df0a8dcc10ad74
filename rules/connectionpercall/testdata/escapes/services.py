import httpx
from flask import Flask

app = Flask(__name__)
clients = {}
_pool = []


def make_client():
    client = httpx.Client(timeout=5)  # want "once per request \\(called from request handler index through 2 helper call"
    return client


def client_for(url):
    if url not in clients:
        clients[url] = httpx.Client(base_url=url)
    return clients[url]


def pooled():
    _pool.append(httpx.Client())
    return _pool[-1]


def wrapped():
    return Wrapper(make_client())


class Wrapper:
    def __init__(self, client):
        self.client = client


def closure_factory():
    def inner():
        return httpx.Client()  # not called here: a closure nobody calls per request

    return inner


@app.get("/")
def index():
    w = wrapped()
    c = client_for("https://example.com")
    p = pooled()
    f = closure_factory()
    return w.client.get("/"), c.get("/"), p.get("/"), f
