from app.repositories import OrderRepository


class OrderService:
    def __init__(self, repo: OrderRepository):
        self.repo = repo

    def create(self, order):
        self.repo.add(order)


class AsyncOrderService:
    async def create(self, order):
        pass


def get_order_service() -> OrderService:
    return OrderService(OrderRepository("orders.db"))


def build_service():
    return OrderService(OrderRepository("orders.db"))


def pick_service(fast):
    if fast:
        return AsyncOrderService()
    return OrderService(OrderRepository("orders.db"))
