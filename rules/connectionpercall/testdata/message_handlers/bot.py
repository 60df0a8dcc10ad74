import aiohttp
import discord
from celery import shared_task
import requests

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_ready():
    client.http_session = aiohttp.ClientSession()


@client.event
async def on_message(message):
    async with aiohttp.ClientSession() as session:  # want "once per message \\(in message handler on_message\\)"
        await session.get("https://example.com")


@shared_task
def send_report(user_id):
    s = requests.Session()  # want "once per message \\(in message handler send_report\\)"
    s.post("https://example.com", json={"user": user_id})
