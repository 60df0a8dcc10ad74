import subprocess


def warm_cache():
    subprocess.run(["redis-cli", "ping"], check=True)


def cheap():
    return 1
