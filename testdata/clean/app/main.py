import asyncio


async def handler(request):
    await asyncio.sleep(0.1)
    return {"ok": True}
