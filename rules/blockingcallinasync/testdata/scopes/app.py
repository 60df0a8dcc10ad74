import time


async def outer():
    def inner():
        time.sleep(1)  # a plain def is not async

    f = lambda: time.sleep(1)  # neither is a lambda

    class Local:
        time.sleep(1)  # nor a class body

    [time.sleep(i) for i in range(3)]  # want "time.sleep"
    {k: time.sleep(k) for k in range(3)}  # want "time.sleep"
    return inner, f, Local


class Service:
    async def method(self):
        time.sleep(1)  # want "time.sleep"

    def sync_method(self):
        time.sleep(1)


async def default_arg(x=time.sleep(0)):
    # Defaults are evaluated where the def stands, not in the coroutine.
    async def nested():
        time.sleep(1)  # want "time.sleep"
    return nested
