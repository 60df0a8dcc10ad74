from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


class AsyncOrderRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def get(self, order_id: int):
        result = await self.session.execute(text("select * from orders where id = :id"), {"id": order_id})
        return result.first()

    async def recent(self, limit: int = 20):
        rows = await self.session.scalars(text("select id from orders order by id desc limit :n"), {"n": limit})
        return rows.all()
