import json

import redis
from redis import asyncio as aioredis


class Cache(redis.Redis):
    def get_json(self, key):
        return json.loads(self.get(key))


class AsyncCache(aioredis.Redis):
    pass


cache = Cache()
