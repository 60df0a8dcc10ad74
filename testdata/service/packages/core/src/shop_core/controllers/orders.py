from shop_core.services.orders import OrderService


class OrderController:
    def __init__(self, service: OrderService):
        self.service = service

    def create(self, customer: str, total: int) -> None:
        self.service.place(customer, total)

    def show(self, order_id: int):
        return self.service.lookup(order_id)

    def recent(self):
        return self.service.recent_ids()
