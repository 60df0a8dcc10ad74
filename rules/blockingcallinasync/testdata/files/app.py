import codecs
import io
import os
import pathlib
import shutil
from pathlib import Path, PurePath

import aiofiles
import anyio

BASE = Path(__file__).resolve().parent


async def builtins_and_io(p):
    open(p)  # want "blocking call open\\(\\) in async function; use aiofiles or anyio.Path"
    with open(p) as f:  # want "open"
        f.read()
    io.open(p)  # want "io.open"
    io.open_code(p)  # want "io.open_code"
    os.fdopen(3)  # want "os.fdopen"
    codecs.open(p)  # want "codecs.open"


async def paths(p):
    Path(p).open()  # want "pathlib.Path\\(\\).open"
    Path(p).read_text()  # want "read_text"
    Path(p).read_bytes()  # want "read_bytes"
    Path(p).write_text("x")  # want "write_text"
    Path(p).write_bytes(b"x")  # want "write_bytes"
    Path(p).touch()  # want "touch"
    q = pathlib.Path(p)
    q.open()  # want "q.open"
    (q / "sub").read_text()  # want "read_text"
    q.parent.joinpath("a").write_text("x")  # want "write_text"
    (BASE / "templates" / "x.html").read_text()  # want "BASE / \"templates\" / \"x.html\"\\).read_text"
    Path.home().joinpath(".rc").read_text()  # want "read_text"
    (p1, p2) = (Path("a"), Path("b"))
    p1.open()  # want "p1.open"
    PurePath(p).name
    PurePath(p).with_suffix(".txt")
    q.exists()  # want "q.exists"
    os.path.exists(p)  # want "os.path.exists"


async def shutils(a, b):
    shutil.copy(a, b)  # want "shutil.copy.*asyncio.to_thread"
    shutil.copy2(a, b)  # want "shutil.copy2"
    shutil.copyfile(a, b)  # want "shutil.copyfile"
    shutil.copytree(a, b)  # want "shutil.copytree"
    shutil.move(a, b)  # want "shutil.move"
    shutil.rmtree(a)  # want "shutil.rmtree"
    shutil.which("ls")


async def async_files(p):
    async with aiofiles.open(p) as f:
        await f.read()
    await anyio.Path(p).read_text()
    async with await anyio.open_file(p) as f:
        await f.read()
    await asyncio.to_thread(Path(p).read_text)
    await asyncio.to_thread(shutil.copy, p, p)


import asyncio
