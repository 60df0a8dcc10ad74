import time


async def check():
    time.sleep(1)  # want "blocking call time.sleep"
