"""Flask async views and aiohttp handlers registered by name."""
from aiohttp import web
from flask import Flask

app = Flask(__name__)


@app.route("/")
async def index():
    # A Flask view: a handler, but Flask does not run def views in a pool,
    # so no hint to declare it with def.
    return open("index.html").read()  # want warning "to_thread$"


async def status(req):
    return open("status.txt").read()  # want warning "blocking call open"


async def ping(r):
    return open("ping.txt").read()  # want warning "blocking call open"


routes = [web.get("/ping", ping)]
