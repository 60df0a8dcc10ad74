import subprocess


def read_state():
    with open("state.json") as f:
        return f.read()


def git_head():
    return subprocess.check_output(["git", "rev-parse", "HEAD"])
