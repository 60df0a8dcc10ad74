import sqlite3

import httpx
import redis
import requests


class Repository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.http = httpx.Client()
        self.cache = None
        self.other = httpx.Client()
        self.maybe: httpx.Client | None = None

    def connect(self):
        self.cache = redis.Redis()
        self.other = httpx.AsyncClient()

    async def load(self, q):
        rows = self.conn.execute(q).fetchall()  # want "self.conn.execute\\(q\\).fetchall\\(\\) \\(sqlite3.connect\\(\\).execute\\(\\).fetchall\\)" "self.conn.execute\\(\\) \\(sqlite3.connect\\(\\).execute\\)"
        self.http.get("u")  # want "httpx.Client\\(\\).get"
        self.cache.get("k")  # want "redis.Redis\\(\\).get"
        self.other.get("u")  # assigned two different clients: unknown
        self.maybe.get("u")  # want "self.maybe.get"
        return rows


class Settings:
    session = requests.Session()
    client: httpx.Client
    name = "x"

    async def refresh(self):
        self.session.get("u")  # want "self.session.get\\(\\) \\(requests.Session\\(\\).get\\)"
        self.client.get("u")  # want "self.client.get"
        self.name.upper()


class Unrelated:
    async def load(self):
        self.http.get("u")
        self.conn.execute("q")
