import asyncio

import anyio
from asgiref.sync import sync_to_async

from app.cache import cached_cache, either, get_async_cache, get_async_redis, get_cache, make_cache


async def annotated(key, value):
    get_cache().set(key, value)  # want "get_cache\\(\\)\\.set\\(\\) \\(redis\\.Redis\\.set, from app\\.cache\\.get_cache\\)"
    cache = get_cache()
    return cache.get(key)  # want "cache\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.cache\\.get_cache\\).*redis\\.asyncio"


async def unannotated(key):
    cache = make_cache()
    return cache.get(key)  # want "\\(redis\\.Redis\\.get, from app\\.cache\\.make_cache\\)"


async def cached(key):
    return cached_cache().get(key)  # want "\\(redis\\.Redis\\.get, from app\\.cache\\.cached_cache\\)"


async def async_variants(key):
    await get_async_cache().get(key)
    cache = get_async_redis()
    await cache.get(key)
    pending = cache.get(key)  # a coroutine of the asyncio client
    either(True).get(key)  # two returns that disagree: unknown
    return pending


async def awaited_or_offloaded(key):
    cache = get_cache()
    await asyncio.to_thread(cache.get, key)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, cache.get, key)
    await anyio.to_thread.run_sync(cache.get, key)
    await sync_to_async(cache.get)(key)
    return await get_cache().get(key)


def sync_caller(key):
    return get_cache().get(key)
