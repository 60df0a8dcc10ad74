from app.server import Server, get_client, shutdown


async def handler():
    client = get_client()
    Server().start()
    shutdown()  # want "shutdown -> Server.stop -> time.sleep"
    return client
