# Reported with include-tests.
import time


async def test_handler():
    time.sleep(1)  # want "blocking call time.sleep"
