# Only this copy has an admin module: the shop_cache package under the
# member's import root does not hide it, so its own calls are followed.
import subprocess


def flush():
    subprocess.run(["redis-cli", "flushall"], check=True)


async def flush_all():
    flush()  # want "flush\\(\\) blocks the event loop: flush -> subprocess.run"
