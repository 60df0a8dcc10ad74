# Billing's old test double of the core package: module "shop_core.services"
# by its __init__.py, but outside billing's import root (where = ["src"]),
# so never what `import shop_core.services` loads.
import time


class OrderService:
    def place(self, order_id, amount):
        return None

    def preview(self, order_id):
        time.sleep(1)
