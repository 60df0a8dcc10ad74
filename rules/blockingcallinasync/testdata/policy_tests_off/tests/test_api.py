# Test code blocks on purpose: not reported by default.
import time


async def test_handler():
    time.sleep(1)
