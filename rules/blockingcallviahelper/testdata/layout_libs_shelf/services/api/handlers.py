from payments.gateway import charge, refund


async def pay(order_id):
    return charge(order_id)  # want "charge\\(\\) blocks the event loop: charge -> urllib.request.urlopen"


async def undo(order_id):
    # Only the example stub outside the import root defines refund.
    return refund(order_id)
