import time


def broken(:
    pass


async def still_checked():
    time.sleep(1)  # want "time.sleep"
