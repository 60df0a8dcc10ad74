import time


def wait_for_stock(item):
    time.sleep(0.5)
    return item
