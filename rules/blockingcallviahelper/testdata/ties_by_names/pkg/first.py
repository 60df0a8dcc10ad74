import time


def load():
    return zz()


def zz():
    time.sleep(1)
