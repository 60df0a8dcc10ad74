import asyncio

from shop_cache.warm import cheap, warm_cache


async def run_job():
    warm_cache()  # want "warm_cache\\(\\) blocks the event loop: warm_cache -> subprocess.run"
    cheap()
    await asyncio.to_thread(warm_cache)
