from fastapi import FastAPI

from app.db import cached_engine, fetch_json, lazy_engine, session_factory

app = FastAPI()


@app.get("/users")
def list_users():
    conn = session_factory()
    return conn.execute("select * from users")


@app.get("/cached")
def cached():
    return cached_engine().connect(), lazy_engine().connect()


@app.get("/proxy")
async def proxy():
    return await fetch_json("https://example.com")
