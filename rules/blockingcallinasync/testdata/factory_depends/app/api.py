from typing import Annotated

import redis
from fastapi import Depends, FastAPI

from app.cache import cache_session, get_async_cache, get_async_pooled, get_cache, get_pooled_cache
from app.deps import AsyncCacheDep, CacheDep

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


@app.get("/yielded/{key}")
async def yielded(key: str, cache=Depends(get_pooled_cache)):
    return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.cache\\.get_pooled_cache\\)"


@app.get("/async-yielded/{key}")
async def async_yielded(key: str, cache=Depends(get_async_pooled)):
    return await cache.get(key)


async def with_session(key):
    with cache_session() as cache:
        return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.cache\\.cache_session\\)"


@app.get("/aliased/{key}")
async def aliased(key: str, cache: CacheDep, fast: AsyncCacheDep):
    await fast.get(key)
    return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.deps\\.CacheDep\\)"
