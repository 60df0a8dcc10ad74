import functools

import redis
from redis import asyncio as aioredis
from redis.asyncio import Redis as AsyncRedis

URL = "redis://localhost"


def get_cache() -> redis.Redis:
    return redis.Redis.from_url(URL)


def make_cache():
    return redis.Redis.from_url(URL)


@functools.lru_cache
def cached_cache():
    return redis.Redis(host="localhost")


@functools.cache
def get_async_cache():
    return aioredis.from_url(URL)


def get_async_redis() -> AsyncRedis:
    return AsyncRedis.from_url(URL)


def either(flag):
    if flag:
        return redis.Redis()
    return aioredis.Redis()
