import redis
from redis import asyncio as aioredis


def get_cache() -> redis.Redis:
    return redis.Redis.from_url("redis://localhost")


def get_async_cache() -> aioredis.Redis:
    return aioredis.Redis.from_url("redis://localhost")
