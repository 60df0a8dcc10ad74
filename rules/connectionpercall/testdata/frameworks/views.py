import httpx
import requests
from aiohttp import web
from django.urls import path
from django.views import View
from starlette.routing import Route


async def aio_handler(req):
    async with httpx.AsyncClient() as c:  # want "in request handler aio_handler"
        return web.json_response((await c.get("https://example.com")).json())


async def registered(request_):
    async with httpx.AsyncClient() as c:  # want "in request handler registered"
        return await c.get("https://example.com")


def django_view(req):
    return requests.Session().get("https://example.com")  # want "in request handler django_view"


class ItemView(View):
    def get(self, req):
        with requests.Session() as s:  # want "in request handler ItemView.get"
            return s.get("https://example.com")


async def starlette_endpoint(r):
    client = httpx.AsyncClient()  # want "in request handler starlette_endpoint"
    return await client.get("https://example.com")


aio = web.Application()
aio.router.add_get("/", registered)
urlpatterns = [path("items/", django_view)]
routes = [Route("/", starlette_endpoint)]
