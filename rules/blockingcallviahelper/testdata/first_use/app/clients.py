import functools
import subprocess
import time

import requests

_session = None


def get_session():
    global _session
    if _session is None:
        _session = requests.Session()
        _session.get("https://auth.example/warmup")
    return _session


@functools.lru_cache(maxsize=None)
def settings():
    return subprocess.check_output(["vault", "read", "app"])


def git_branch():
    return subprocess.check_output(["git", "branch", "--show-current"])


class Server:
    running = False

    def start(self):
        if not self.running:
            self.running = True
            self.wait_ready()

    def wait_ready(self):
        time.sleep(0.1)

    def ping(self):
        self.start()
        time.sleep(0.1)


def load(path=None):
    if path is None:
        path = git_branch()
    return path


def cached_then_every_call():
    settings()
    return git_branch()
