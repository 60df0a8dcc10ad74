import mylib
import redis


def get_client() -> mylib.Client:
    return mylib.Client()


def get_cache() -> redis.Redis:
    return redis.Redis()


legacy_client = get_client()
