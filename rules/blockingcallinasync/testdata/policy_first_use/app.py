import sqlite3

from fastapi import FastAPI

app = FastAPI()
_conn = None


class Cache:
    async def client(self):
        if self._db is None:
            self._db = sqlite3.connect("cache.db")  # want note "blocking call sqlite3.connect\\(\\).*; it blocks on first use only \\(behind `if self._db is None:`\\)"
        return self._db


@app.get("/")
async def index():
    global _conn
    if _conn is None:
        _conn = sqlite3.connect("app.db")  # want note "first use only"
    _conn.execute("select 1")  # want warning "_conn.execute"


@app.get("/local")
async def local(path=None):
    if path is None:
        path = open("default.txt").read()  # want warning "open"
    return path
