import aiohttp
import asyncpg
import httpx
import redis.asyncio as aioredis
from fastapi import APIRouter, FastAPI, WebSocket
from sqlalchemy.ext.asyncio import create_async_engine

app = FastAPI()
router = APIRouter()
DSN = "postgresql://localhost/db"


@app.get("/users/{uid}")
async def get_user(uid: int):
    conn = await asyncpg.connect(DSN)  # want "asyncpg.connect\\(...\\) creates a new database connection once per request \\(in request handler get_user\\); create one asyncpg.create_pool"
    return await conn.fetchrow("select 1")


@router.post("/proxy")
async def proxy(body: dict):
    async with httpx.AsyncClient() as client:  # want "one httpx client per application"
        return (await client.post("https://example.com", json=body)).json()


@app.api_route("/hook", methods=["POST"])
async def hook():
    async with aiohttp.ClientSession() as session:  # want "once per request .*one aiohttp.ClientSession per application"
        await session.get("https://example.com")


@app.get("/count")
async def count():
    r = aioredis.from_url("redis://localhost")  # want "redis ConnectionPool"
    engine = create_async_engine(DSN)  # want "create the engine once per URL"
    return await r.incr("hits")


@app.websocket("/ws")
async def ws_endpoint(websocket: WebSocket):
    await websocket.accept()
    pool = await asyncpg.create_pool(DSN)  # want "new connection pool once per WebSocket connection"
    await pool.close()
