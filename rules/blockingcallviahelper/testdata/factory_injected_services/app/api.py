import asyncio

import anyio
from asgiref.sync import sync_to_async
from starlette.concurrency import run_in_threadpool
from typing import Annotated

from fastapi import Depends, FastAPI

from app.services import AsyncOrderService, OrderService, build_service, get_order_service, pick_service

app = FastAPI()


@app.post("/typed")
async def typed(order: dict, svc: OrderService = Depends(get_order_service)):
    svc.create(order)  # want "svc\\.create\\(\\) blocks the event loop: OrderService\\.create -> OrderRepository\\.add -> conn\\.commit"


@app.post("/annotated")
async def annotated(order: dict, svc: Annotated[OrderService, Depends(get_order_service)]):
    svc.create(order)  # want "svc\\.create\\(\\) blocks the event loop: OrderService\\.create -> OrderRepository\\.add"


@app.post("/untyped")
async def untyped(order: dict, svc=Depends(build_service)):
    svc.create(order)  # want "svc\\.create\\(\\) blocks the event loop: OrderService\\.create -> OrderRepository\\.add"


async def plain(order, svc: OrderService):
    svc.create(order)  # want "svc\\.create\\(\\) blocks the event loop: OrderService\\.create -> OrderRepository\\.add"


async def offloaded(order, svc: OrderService):
    await asyncio.to_thread(svc.create, order)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, svc.create, order)
    await anyio.to_thread.run_sync(svc.create, order)
    await sync_to_async(svc.create)(order)
    await run_in_threadpool(svc.create, order)


async def async_service(order, svc: AsyncOrderService):
    await svc.create(order)


async def disagreeing(order):
    pick_service(True).create(order)  # two returns that disagree: unknown
