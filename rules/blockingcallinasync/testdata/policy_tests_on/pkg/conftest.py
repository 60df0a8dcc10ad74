import time


async def fixture():
    time.sleep(1)  # want "blocking call time.sleep"
