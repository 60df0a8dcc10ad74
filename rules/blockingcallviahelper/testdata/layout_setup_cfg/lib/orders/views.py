from orders.store import wait_for_stock


async def reserve(item):
    return wait_for_stock(item)  # want "wait_for_stock\\(\\) blocks the event loop: wait_for_stock -> time.sleep"
