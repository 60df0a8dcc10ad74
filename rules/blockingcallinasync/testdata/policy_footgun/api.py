import asyncio
import time

import requests
from fastapi import APIRouter, FastAPI

app = FastAPI()
router = APIRouter()


@app.get("/report")
async def report():
    return open("report.csv").read()  # want warning "to_thread; or declare it with `def`: FastAPI and Starlette run plain def endpoints in a thread pool$"


@router.post("/sync")
async def sync():
    time.sleep(1)  # want warning "declare it with `def`"


@app.get("/awaits")
async def awaits():
    await asyncio.sleep(0)
    return requests.get("http://upstream").text  # want warning "use httpx.AsyncClient or aiohttp$"


@app.get("/streams")
async def streams(request):
    async for chunk in request.stream():
        pass
    return open("x").read()  # want warning "to_thread$"


async def helper():
    # Not an endpoint: no hint.
    time.sleep(1)  # want warning "asyncio.sleep[(][.][.][.][)]$"
