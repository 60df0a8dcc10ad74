import time

import mylib


def fetch_all(urls):
    for u in urls:
        mylib.fetch(u)


def nap():
    time.sleep(1)


def read(path):
    return open(path).read()


async def handler(urls, path):
    fetch_all(urls)  # want "fetch_all\\(\\) blocks the event loop: fetch_all -> mylib.fetch"
    nap()
    read(path)  # want "read\\(\\) blocks the event loop: read -> open"
