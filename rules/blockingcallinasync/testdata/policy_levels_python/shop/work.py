"""Outside handlers: file I/O is a note, every other wait a warning."""
import subprocess
import sqlite3
import time


async def refresh():
    open("cache.json").read()  # want note "blocking call open"
    time.sleep(1)  # want warning "blocking call time.sleep"
    subprocess.run(["git", "pull"])  # want warning "subprocess.run"
    sqlite3.connect("app.db")  # want warning "sqlite3.connect"


async def worker():
    # Spawned below: a task runs beside the handlers, so file I/O warns.
    open("queue.txt").read()  # want warning "blocking call open"


async def job():
    open("job.txt").read()  # want warning "blocking call open"
