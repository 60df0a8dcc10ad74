import redis


def get_cache() -> redis.Redis:
    return redis.Redis.from_url("redis://localhost")
