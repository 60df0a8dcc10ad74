import time


def wait():
    time.sleep(1)
