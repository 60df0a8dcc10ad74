from collections.abc import AsyncIterator, Iterator

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from shop_core.controllers.orders import OrderController
from shop_core.db import AsyncSessionLocal, SessionLocal
from shop_core.repositories.async_orders import AsyncOrderRepository
from shop_core.repositories.audit import AuditLog
from shop_core.repositories.orders import OrderRepository
from shop_core.services.orders import OrderService


def get_session() -> Iterator[Session]:
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


async def get_async_session() -> AsyncIterator[AsyncSession]:
    async with AsyncSessionLocal() as session:
        yield session


def get_order_controller(session: Session = Depends(get_session)) -> OrderController:
    return OrderController(OrderService(OrderRepository(session), AuditLog()))


def get_async_orders(session: AsyncSession = Depends(get_async_session)) -> AsyncOrderRepository:
    return AsyncOrderRepository(session)
