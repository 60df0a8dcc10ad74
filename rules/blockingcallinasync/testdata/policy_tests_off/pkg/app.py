import time


async def test_inline():
    # pytest collects test* functions wherever they are: test code.
    time.sleep(1)


class TestClient:
    async def go(self):
        time.sleep(1)


async def serve():
    time.sleep(1)  # want warning "blocking call time.sleep"
