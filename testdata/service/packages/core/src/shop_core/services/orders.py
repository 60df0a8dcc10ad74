import json

from shop_core.cache import get_cache
from shop_core.repositories.audit import AuditLog
from shop_core.repositories.orders import OrderRepository


class OrderService:
    def __init__(self, repo: OrderRepository, audit: AuditLog):
        self.repo = repo
        self.audit = audit

    def place(self, customer: str, total: int) -> None:
        self.repo.add(customer, total)
        self.audit.record("placed", total)

    def lookup(self, order_id: int):
        cache = get_cache()
        hit = cache.get(f"order:{order_id}")
        if hit is not None:
            return json.loads(hit)
        row = self.repo.get(order_id)
        get_cache().set(f"order:{order_id}", json.dumps(dict(row._mapping)))
        return row

    def recent_ids(self):
        return self.repo.recent()
