from shop_core.services import OrderService


async def create_order(order_id: int, amount: int):
    return OrderService().place(order_id, amount)  # want "OrderService\\(\\).place\\(\\) blocks the event loop: OrderService.place -> charge -> requests.post"


async def preview_order(order_id: int):
    # The real OrderService.preview does not block; the same-named copy
    # outside every import root does, and is not followed.
    return OrderService().preview(order_id)
