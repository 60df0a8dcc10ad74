from typing import Annotated, TypeAlias

import redis
from fastapi import Depends
from redis import asyncio as aioredis

from app.cache import get_async_cache, get_cache

CacheDep = Annotated[redis.Redis, Depends(get_cache)]
AsyncCacheDep: TypeAlias = Annotated[aioredis.Redis, Depends(get_async_cache)]
