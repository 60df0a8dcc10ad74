import redis
from redis import asyncio as aioredis


def get_cache() -> redis.Redis:
    return redis.Redis.from_url("redis://localhost")


def get_async_cache():
    return aioredis.from_url("redis://localhost")
