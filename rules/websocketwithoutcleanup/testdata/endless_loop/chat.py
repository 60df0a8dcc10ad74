from fastapi import FastAPI, WebSocket

app = FastAPI()
clients = set()


@app.websocket("/chat")
async def chat(websocket: WebSocket):
    await websocket.accept()
    clients.add(websocket)  # want "clients.add adds websocket to clients, which outlives WebSocket handler chat, and the removal does not run on every way out"
    while True:
        message = await websocket.receive_text()
        for client in clients:
            await client.send_text(message)
    clients.discard(websocket)
