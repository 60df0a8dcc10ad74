from aiohttp import web


async def websocket_handler(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    request.app["sockets"].append(ws)  # want "request.app\\[\"sockets\"\\].append adds ws to request.app\\[\"sockets\"\\], which outlives WebSocket handler websocket_handler, and the removal does not run"
    async for msg in ws:
        for other in request.app["sockets"]:
            await other.send_str(msg.data)
    request.app["sockets"].remove(ws)
    return ws


app = web.Application()
app["sockets"] = []
app.router.add_get("/ws", websocket_handler)
