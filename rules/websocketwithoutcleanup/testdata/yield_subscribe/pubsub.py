import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI, WebSocket

app = FastAPI()
subscribers = set()


@asynccontextmanager
async def subscribe(websocket):
    queue = asyncio.Queue()
    subscribers.add(queue)  # want "subscribers.add adds queue to subscribers, which outlives WebSocket handler events, and the removal does not run on every way out"
    yield queue
    subscribers.discard(queue)


@app.websocket("/events")
async def events(websocket: WebSocket):
    await websocket.accept()
    async with subscribe(websocket) as queue:
        while True:
            await websocket.send_json(await queue.get())
