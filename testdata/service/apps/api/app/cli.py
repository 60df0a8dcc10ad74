"""Seed the database with demo orders: `python -m app.cli`."""

import asyncio

from shop_core.db import SessionLocal
from shop_core.repositories.orders import OrderRepository


async def main() -> None:
    with SessionLocal() as session:
        repo = OrderRepository(session)
        repo.add("demo", 100)
    await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.run(main())
