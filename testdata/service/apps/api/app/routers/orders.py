import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends

from app.deps import get_async_orders, get_order_controller
from shop_core.controllers.orders import OrderController
from shop_core.repositories.async_orders import AsyncOrderRepository

router = APIRouter(prefix="/orders", tags=["orders"])

Controller = Annotated[OrderController, Depends(get_order_controller)]


@router.post("/")
async def create_order(customer: str, total: int, controller: OrderController = Depends(get_order_controller)):
    controller.create(customer, total)
    return {"status": "placed"}


@router.get("/recent")
async def recent_orders(controller: Controller):
    return controller.recent()


@router.get("/{order_id}")
async def show_order(order_id: int, controller: Annotated[OrderController, Depends(get_order_controller)]):
    return controller.show(order_id)


@router.get("/{order_id}/offloaded")
async def show_order_offloaded(order_id: int, controller: Controller):
    return await asyncio.to_thread(controller.show, order_id)


@router.get("/{order_id}/sync")
def show_order_sync(order_id: int, controller: Controller):
    return controller.show(order_id)


@router.get("/{order_id}/async")
async def show_order_async(order_id: int, orders: AsyncOrderRepository = Depends(get_async_orders)):
    return await orders.get(order_id)
