from functools import lru_cache

import redis.asyncio as aioredis
from redis import Redis

from shop_core.settings import CACHE_URL

# A module-level sync client, shared by every module that imports it.
redis_client = Redis.from_url(CACHE_URL)

# The asyncio client: its commands are awaited.
async_redis = aioredis.from_url(CACHE_URL)


def get_cache() -> Redis:
    return Redis.from_url(CACHE_URL)


@lru_cache
def shared_cache():
    return Redis.from_url(CACHE_URL)
