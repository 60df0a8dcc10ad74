async def refresh():
    open("cache.json").read()  # want error "blocking call open"


async def main():
    import time
    time.sleep(1)  # want error "blocking call time.sleep"


if __name__ == "__main__":
    import asyncio
    asyncio.run(main())
