import sqlite3

import aiosqlite
from flask import Flask

app = Flask(__name__)


@app.get("/notes")
def notes():
    db = sqlite3.connect("notes.db")  # want "open the database once per worker"
    return db.execute("select * from notes").fetchall()


@app.get("/async-notes")
async def async_notes():
    async with aiosqlite.connect("notes.db") as db:  # want "once per request"
        return await db.execute_fetchall("select 1")
