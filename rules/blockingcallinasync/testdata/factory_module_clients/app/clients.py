import os

import redis
from redis import asyncio as aioredis

from app.cache import get_cache

redis_client = redis.Redis(host="localhost")
cache_client = get_cache()
async_client = aioredis.Redis()

shared = redis.Redis()
if os.environ.get("ASYNC"):
    shared = aioredis.Redis()
