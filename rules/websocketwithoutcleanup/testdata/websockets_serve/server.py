import asyncio

import websockets

CONNECTED = set()


async def handler(conn):
    CONNECTED.add(conn)  # want "CONNECTED.add adds conn to CONNECTED, which outlives WebSocket handler handler, and the removal does not run"
    async for message in conn:
        websockets.broadcast(CONNECTED, message)
    CONNECTED.remove(conn)


async def main():
    async with websockets.serve(handler, "localhost", 8765):
        await asyncio.Future()
