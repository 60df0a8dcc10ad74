import time


async def flow():
    time.sleep(1)
