from starlette.websockets import WebSocket

rooms = {}
by_user = {}


async def room_endpoint(websocket: WebSocket):
    room = websocket.path_params["room"]
    await websocket.accept()
    rooms.setdefault(room, set()).add(websocket)  # want "adds websocket to rooms, .* and nothing removes it"
    by_user[websocket.query_params["user"]] = websocket  # want "by_user\\[websocket.query_params\\[\"user\"\\]\\] = adds websocket to by_user"
    async for message in websocket.iter_text():
        for peer in rooms[room]:
            await peer.send_text(message)
