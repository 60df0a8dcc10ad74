import sqlite3
from contextlib import asynccontextmanager
from functools import cache

import asyncpg
import httpx
import psycopg2
import psycopg2.pool
from fastapi import Depends, FastAPI, Request
from psycopg_pool import ConnectionPool
from sqlalchemy import create_engine

engine = create_engine("postgresql://localhost/db")
pool = ConnectionPool("dbname=app")


@asynccontextmanager
async def lifespan(app):
    app.state.pool = await asyncpg.create_pool("postgresql://localhost/db")
    app.state.http = httpx.AsyncClient()
    yield
    await app.state.http.aclose()


def create_app():
    app = FastAPI(lifespan=lifespan)
    app.state.engine = create_engine("postgresql://localhost/db")
    return app


app = create_app()


@app.on_event("startup")
async def startup():
    app.state.client = httpx.AsyncClient()


db_pool = psycopg2.pool.ThreadedConnectionPool(1, 10, "dbname=app")


def get_db():
    conn = db_pool.getconn()
    try:
        yield conn
    finally:
        db_pool.putconn(conn)


async def get_conn(request: Request):
    async with request.app.state.pool.acquire() as conn:
        yield conn


@cache
def http_client():
    return httpx.Client()


@app.get("/users")
def users(db=Depends(get_db), conn=Depends(get_conn)):
    local = sqlite3.connect("cache.db")
    return http_client().get("https://example.com"), local


def main():
    c = httpx.Client()
    c.get("https://example.com")
