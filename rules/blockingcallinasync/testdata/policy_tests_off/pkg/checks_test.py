import time


async def check():
    time.sleep(1)
