import os
import time
from time import sleep


async def parameter(time, open):
    time.sleep(1)
    open("f")


async def local_def():
    def sleep(s):
        return s

    sleep(1)

    def input():
        return ""

    input()


async def local_assignment(x):
    time = x
    time.sleep(1)


async def loop_and_except(items):
    for os in items:
        os.system("ls")
    try:
        pass
    except Exception as time:
        time.sleep(1)


async def import_inside():
    import requests as time

    time.get("u")  # want "time.get\\(\\) \\(requests.get\\)"


class Service:
    def open(self):
        return None

    async def method(self):
        self.open()
        Service().open()


async def not_shadowed():
    sleep(1)  # want "sleep\\(\\) \\(time.sleep\\)"
    os.system("ls")  # want "os.system"
