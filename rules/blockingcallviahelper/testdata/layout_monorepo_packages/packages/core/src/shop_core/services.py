from shop_billing.invoices import charge


class OrderService:
    def place(self, order_id, amount):
        return charge(order_id, amount)

    def preview(self, order_id):
        return {"order": order_id}
