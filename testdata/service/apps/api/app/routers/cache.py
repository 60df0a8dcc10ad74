from fastapi import APIRouter

from shop_core.cache import async_redis, get_cache, redis_client, shared_cache

router = APIRouter(tags=["cache"])


@router.get("/health")
async def health():
    redis_client.ping()
    return {"ok": True}


@router.get("/cart/{user_id}")
async def get_cart(user_id: int):
    cache = get_cache()
    return cache.hgetall(f"cart:{user_id}")


@router.delete("/cart/{user_id}")
async def clear_cart(user_id: int):
    shared_cache().delete(f"cart:{user_id}")
    return {"cleared": user_id}


@router.get("/health/async")
async def health_async():
    await async_redis.ping()
    return {"ok": True}


@router.get("/cart/{user_id}/async")
async def get_cart_async(user_id: int):
    return await async_redis.hgetall(f"cart:{user_id}")
