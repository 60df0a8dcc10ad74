import time


async def test_sleep():
    time.sleep(1)
    pass  # noqa: CVT201
