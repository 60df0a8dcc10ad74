import time


async def handler(path):
    # CVT201 reports these; CVT202 stays quiet.
    time.sleep(1)
    return open(path).read()
