"""Chat over WebSocket: every client that ever connected stays in the set."""
from covet.server.routing import websocket_route

connections = set()


@websocket_route("/chat")
async def chat(websocket):
    await websocket.accept()
    connections.add(websocket)
    while True:
        message = await websocket.receive_text()
        for peer in connections:
            await peer.send_text(message)
    connections.discard(websocket)
