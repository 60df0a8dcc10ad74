from channels.generic.websocket import AsyncWebsocketConsumer


class ChatConsumer(AsyncWebsocketConsumer):
    members = set()

    async def connect(self):
        await self.accept()
        self.members.add(self)  # want "self.members.add adds self to self.members, which outlives WebSocket handler ChatConsumer.connect, and nothing removes it"

    async def receive(self, text_data=None, bytes_data=None):
        for member in self.members:
            await member.send(text_data=text_data)
