import time


def main():
    time.sleep(1)
    open("f").read()
    "async def f(): time.sleep(1)"
