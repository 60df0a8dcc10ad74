from aiohttp import web

sockets_key = web.AppKey("sockets", set)


async def websocket_handler(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    request.app[sockets_key].add(ws)
    try:
        async for msg in ws:
            for other in request.app[sockets_key]:
                await other.send_str(msg.data)
    finally:
        request.app[sockets_key].discard(ws)
    return ws


app = web.Application()
app[sockets_key] = set()
app.router.add_get("/ws", websocket_handler)
