import subprocess


async def price():
    return subprocess.check_output(["echo", "50%"])
