import time


async def fixture():
    time.sleep(1)
