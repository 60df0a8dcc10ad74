import time

import mylib


def fetch_all(urls):
    for u in urls:
        mylib.fetch(u)


def nap():
    time.sleep(1)


async def handler(urls):
    fetch_all(urls)
    nap()  # want "nap\\(\\) blocks the event loop: nap -> time.sleep"
