import asyncio

from shop.work import job, worker


async def start():
    asyncio.create_task(worker())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job())


async def main():
    # The entry point, before anything runs concurrently: notes only.
    open("settings.toml").read()  # want note "blocking call open"
    import time
    time.sleep(1)  # want note "blocking call time.sleep"
    await load_settings()
    await shared()
    await gather_helpers()


async def load_settings():
    # Awaited by the entry point only: still before concurrency starts.
    import subprocess
    subprocess.run(["vault", "read"])  # want note "subprocess.run"


async def shared():
    # Also awaited by a spawned task: it keeps its own context.
    import subprocess
    subprocess.run(["git", "pull"])  # want warning "subprocess.run"


async def in_task():
    await shared()


async def gathered():
    # Not awaited by the entry point itself but handed to gather: concurrent.
    import time
    time.sleep(1)  # want warning "time.sleep"


async def gather_helpers():
    asyncio.create_task(in_task())
    await asyncio.gather(gathered(), gathered())


def cli():
    asyncio.run(command())


async def command():
    open("input.txt").read()  # want note "blocking call open"


if __name__ == "__main__":
    asyncio.run(main())
