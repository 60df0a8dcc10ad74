from app import clients
from app.clients import async_client, cache_client, redis_client, shared


async def handler(key):
    redis_client.get(key)  # want "redis_client\\.get\\(\\) \\(redis\\.Redis\\.get, from app\\.clients\\.redis_client\\)"
    cache_client.delete(key)  # want "\\(redis\\.Redis\\.delete, from app\\.clients\\.cache_client\\)"
    clients.redis_client.set(key, 1)  # want "clients\\.redis_client\\.set\\(\\) \\(redis\\.Redis\\.set, from app\\.clients\\.redis_client\\)"
    await async_client.get(key)
    shared.get(key)  # bound to two clients: unknown
