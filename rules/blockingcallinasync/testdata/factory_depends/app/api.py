from typing import Annotated

import redis
from fastapi import Depends, FastAPI

from app.cache import get_async_cache, get_cache

app = FastAPI()


@app.get("/typed/{key}")
async def typed(key: str, cache: redis.Redis = Depends(get_cache)):
    return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\(\\)\\.get\\)"


@app.get("/annotated/{key}")
async def annotated(key: str, cache: Annotated[redis.Redis, Depends(get_cache)]):
    return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\(\\)\\.get\\)"


@app.get("/untyped/{key}")
async def untyped(key: str, cache=Depends(get_cache)):
    return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.cache\\.get_cache\\)"


@app.get("/async/{key}")
async def async_client(key: str, cache=Depends(get_async_cache)):
    return await cache.get(key)
