import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI, WebSocket

app = FastAPI()
subscribers = set()


@asynccontextmanager
async def subscribe(websocket):
    queue = asyncio.Queue()
    subscribers.add(queue)
    try:
        yield queue
    finally:
        subscribers.discard(queue)


@app.websocket("/events")
async def events(websocket: WebSocket):
    await websocket.accept()
    async with subscribe(websocket) as queue:
        while True:
            await websocket.send_json(await queue.get())
