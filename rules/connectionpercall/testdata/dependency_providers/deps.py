from typing import Annotated

import asyncpg
import httpx
from fastapi import Depends, FastAPI

app = FastAPI()


async def get_client():
    async with httpx.AsyncClient() as client:  # want "once per request \\(in dependency get_client\\); create one httpx client per application"
        yield client


async def get_conn():
    conn = await asyncpg.connect("postgresql://db")  # want "once per request \\(in dependency get_conn\\)"
    try:
        yield conn
    finally:
        await conn.close()


Client = Annotated[httpx.AsyncClient, Depends(get_client)]


@app.get("/")
async def index(client: Client, conn=Depends(get_conn)):
    return await client.get("https://example.com")
