import time


async def handler():
    # A line ending in a backslash cannot hold a comment: the expectation
    # sits above and points down.
    # want +1 "blocking call time.sleep\\(\\)"
    x = time.sleep(1) or \
        time.sleep(2)  # want "blocking call time.sleep\\(\\)"
    return x
