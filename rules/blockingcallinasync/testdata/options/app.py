# The rule's own options, in pyproject.toml: extra-blocking adds callees,
# extra-allowed removes built-in ones.
import shutil

import legacy.db
import mylib
import redis
from mylib import fetch as grab


async def handler(a, b):
    mylib.fetch("u")  # want "mylib.fetch\\(\\) in async function; move it to await asyncio.to_thread\\(...\\) \\(listed in extra-blocking\\)"
    grab("u")  # want "grab\\(\\) \\(mylib.fetch\\)"
    c = mylib.Client()
    c.get("u")  # want "c.get"
    c.put("u")
    legacy.db.query("q")  # want "legacy.db.query"
    mylib.other()
    shutil.copy(a, b)
    shutil.move(a, b)  # want "shutil.move"
    redis.Redis().get("k")
