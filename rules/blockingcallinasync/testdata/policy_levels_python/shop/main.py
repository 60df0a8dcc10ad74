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


def cli():
    asyncio.run(command())


async def command():
    open("input.txt").read()  # want note "blocking call open"


if __name__ == "__main__":
    asyncio.run(main())
