from shop.db import load_orders, only_here


async def list_orders(path):
    return load_orders(path)  # want "load_orders\\(\\) blocks the event loop: load_orders -> sqlite3.connect"


async def not_in_the_package(path):
    # Only the copy outside the import root defines it: not the installed shop.db.
    return only_here(path)
