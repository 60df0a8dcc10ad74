import time


async def flow():
    time.sleep(1)  # want "blocking call time.sleep"
