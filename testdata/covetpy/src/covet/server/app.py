"""The ASGI app: its startup hook loads settings through a blocking helper."""
import asyncio

from covet.server.settings import load_settings


async def startup(config_path):
    settings = load_settings(config_path)
    return settings


async def startup_offloaded(config_path):
    # Running the helper on a worker thread keeps the event loop free.
    return await asyncio.to_thread(load_settings, config_path)
