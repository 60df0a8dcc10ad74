from app.cache import get_async_cache, get_cache


class CacheService:
    def __init__(self):
        self.cache = get_cache()
        self.fast = get_async_cache()

    async def lookup(self, key):
        return self.cache.get(key)  # want "self\\.cache\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.cache\\.get_cache\\)"

    async def lookup_fast(self, key):
        return await self.fast.get(key)

    async def forget(self, key):
        self.fast.delete(key)  # the asyncio client's coroutine, never awaited: not a blocking call
