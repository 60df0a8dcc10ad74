import subprocess


async def handler():
    # CVT201 reports this call; CVT202 must not report it a second time
    # through the repository's own subprocess.run.
    subprocess.run(["true"])
