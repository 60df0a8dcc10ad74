import asyncio

from fastapi import FastAPI

from pkg.helpers import git_head, read_state

app = FastAPI()


@app.get("/state")
async def state():
    # A handler: every kind warns; it awaits nothing, so the def hint.
    return read_state()  # want warning "read_state -> open; .*declare it with `def`"


@app.get("/head")
async def head():
    await asyncio.sleep(0)
    return git_head()  # want warning "git_head -> subprocess.check_output; make git_head async, or run it with await asyncio.to_thread[(]git_head, [.][.][.][)]$"


async def refresh():
    read_state()  # want note "read_state -> open"
    git_head()  # want warning "git_head -> subprocess.check_output"


async def poll():
    read_state()  # want warning "read_state -> open"


async def main():
    asyncio.create_task(poll())
    read_state()  # want note "read_state -> open"
    git_head()  # want note "git_head"


if __name__ == "__main__":
    asyncio.run(main())
