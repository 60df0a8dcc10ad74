import asyncio

from quart import Quart, websocket

app = Quart(__name__)
queues = set()


@app.websocket("/feed")
async def feed():
    queue = asyncio.Queue()
    queues.add(queue)
    try:
        while True:
            await websocket.send(await queue.get())
    finally:
        queues.discard(queue)
