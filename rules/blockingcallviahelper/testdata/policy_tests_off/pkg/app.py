from pkg.helpers import wait


async def test_inline():
    wait()


async def serve():
    wait()  # want warning "wait -> time.sleep"
