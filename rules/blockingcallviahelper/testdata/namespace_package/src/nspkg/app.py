from nspkg.disk import read
import nspkg.disk as disk
from src.nspkg.disk import read as read_too


async def handler(path):
    read(path)  # want "read\\(\\) blocks the event loop: read -> open"
    disk.read(path)  # want "read -> open"
    read_too(path)  # want "read -> open"
