from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.routers import cache, orders
from shop_core.db import async_engine


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await async_engine.dispose()


app = FastAPI(title="shop", lifespan=lifespan)
app.include_router(orders.router)
app.include_router(cache.router)
