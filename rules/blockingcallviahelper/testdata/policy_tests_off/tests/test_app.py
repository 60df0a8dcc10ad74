from pkg.helpers import wait


async def test_waits():
    wait()
