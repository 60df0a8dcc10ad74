from pkg import first, second


def entry():
    # Both chains are as long and start with "load": the names further down
    # decide (aa before zz), not the order of the calls.
    first.load()
    second.load()


async def handler():
    entry()  # want "entry\\(\\) blocks the event loop: entry -> load -> aa -> time.sleep;"
