import websockets


class Game:
    def __init__(self):
        self.moves = []

    def play(self, player, column):
        self.moves.append((player, column))


GAME = Game()
history = {}


async def handler(websocket):
    async for message in websocket:
        GAME.play(message, 1)
        history[message] = len(message)


async def main():
    async with websockets.serve(handler, "", 8001):
        pass
