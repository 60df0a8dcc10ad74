from app.cache import AsyncCache, Cache, cache


async def view(key):
    c = Cache(host="localhost")  # a redis client connects on its first command
    c.get(key)  # want "c\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.cache\\.Cache\\)"
    c.get_json(key)  # the repository's own method: CVT202's to follow
    cache.hgetall(key)  # want "\\(redis\\.Redis\\.hgetall, from app\\.cache\\.cache\\)"
    a = AsyncCache()
    await a.get(key)
