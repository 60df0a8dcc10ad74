import functools
import os

import aiohttp
from sqlalchemy import create_engine

URL = os.environ["DATABASE_URL"]


def get_engine():
    return create_engine(URL)  # want "creates a new database engine once per request \\(called from request handler list_users through 2 helper call"


def session_factory():
    engine = get_engine()
    return engine.connect()


@functools.lru_cache
def cached_engine():
    return create_engine(URL)


_engine = None


def lazy_engine():
    global _engine
    if _engine is None:
        _engine = create_engine(URL)
    return _engine


async def fetch_json(url):
    async with aiohttp.ClientSession() as session:  # want "HTTP session once per request \\(called from request handler proxy through 1 helper call"
        async with session.get(url) as resp:
            return await resp.json()
