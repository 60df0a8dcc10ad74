import time

import mylib


async def handler():
    time.sleep(1)  # want "blocking call time.sleep\\(\\) in async function"
    mylib.fetch("u")
