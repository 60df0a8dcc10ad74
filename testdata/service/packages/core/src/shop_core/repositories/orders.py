from sqlalchemy import text
from sqlalchemy.orm import Session


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, order_id: int):
        return self.session.execute(text("select * from orders where id = :id"), {"id": order_id}).first()

    def add(self, customer: str, total: int) -> None:
        self.session.execute(text("insert into orders (customer, total) values (:c, :t)"), {"c": customer, "t": total})
        self.session.commit()

    def recent(self, limit: int = 20):
        return self.session.scalars(text("select id from orders order by id desc limit :n"), {"n": limit}).all()
