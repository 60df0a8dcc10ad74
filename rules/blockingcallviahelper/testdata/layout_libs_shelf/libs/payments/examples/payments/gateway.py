# The library's example stub: module "payments.gateway" by its __init__.py,
# but libs/payments (a folder on the libs/ shelf) is the import root.
import time


def charge(order_id):
    return order_id


def refund(order_id):
    time.sleep(1)
