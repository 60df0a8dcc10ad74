"""Django async views and a Channels consumer: handlers, all warnings."""
from channels.generic.websocket import AsyncWebsocketConsumer


async def report(request):
    open("report.csv").read()  # want warning "blocking call open"


class Chat(AsyncWebsocketConsumer):
    async def receive(self, text_data=None):
        open("log.txt", "a").write(text_data)  # want warning "blocking call open"
