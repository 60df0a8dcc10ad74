import json

from fastapi import FastAPI, WebSocket

app = FastAPI()
clients = []
state = {}


@app.websocket("/ws")
async def websocket_endpoint(websocket: WebSocket):
    await websocket.accept()
    clients.append(websocket)  # want "clients.append adds websocket to clients, which outlives WebSocket handler websocket_endpoint, and the removal does not run on every way out"
    await websocket.send_text(json.dumps(state))
    try:
        while True:
            data = await websocket.receive_text()
            for client in clients:
                await client.send_text(data)
    except:
        clients.remove(websocket)
