import sqlite3
from contextlib import asynccontextmanager
from functools import cache

import asyncpg
import httpx
import psycopg2
from fastapi import Depends, FastAPI
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


def get_db():
    conn = psycopg2.connect("dbname=app")
    try:
        yield conn
    finally:
        conn.close()


@cache
def http_client():
    return httpx.Client()


@app.get("/users")
def users(db=Depends(get_db)):
    local = sqlite3.connect("cache.db")
    return http_client().get("https://example.com"), local


def main():
    c = httpx.Client()
    c.get("https://example.com")
