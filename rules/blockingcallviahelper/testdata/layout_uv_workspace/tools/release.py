# The repository's own tools package: a member's "tools" package under its
# import root does not hide this module, which no root defines.
import subprocess


def tag(version):
    subprocess.run(["git", "tag", version], check=True)


async def release(version):
    tag(version)  # want "tag\\(\\) blocks the event loop: tag -> subprocess.run"
