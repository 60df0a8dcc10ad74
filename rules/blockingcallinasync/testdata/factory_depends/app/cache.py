import contextlib

import redis
from redis import asyncio as aioredis


def get_cache() -> redis.Redis:
    return redis.Redis.from_url("redis://localhost")


def get_async_cache():
    return aioredis.from_url("redis://localhost")


def get_pooled_cache():
    cache = redis.Redis()
    try:
        yield cache
    finally:
        cache.close()


@contextlib.contextmanager
def cache_session():
    yield redis.Redis()


async def get_async_pooled():
    cache = aioredis.Redis()
    try:
        yield cache
    finally:
        await cache.aclose()
