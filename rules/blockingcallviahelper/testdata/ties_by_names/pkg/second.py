import time


def load():
    return aa()


def aa():
    time.sleep(1)
