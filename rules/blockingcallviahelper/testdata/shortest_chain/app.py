import time


def deep():
    return deeper()


def deeper():
    time.sleep(1)


def beta():
    time.sleep(1)


def alpha():
    time.sleep(1)


def entry():
    deep()
    beta()
    alpha()


async def handler():
    entry()  # want "entry\\(\\) blocks the event loop: entry -> alpha -> time.sleep;"
