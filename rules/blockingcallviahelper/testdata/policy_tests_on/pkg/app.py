from pkg.helpers import wait


async def test_inline():
    wait()  # want "wait -> time.sleep"


async def serve():
    wait()  # want warning "wait -> time.sleep"
