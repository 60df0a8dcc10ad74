import httpx
import requests
from fastapi import FastAPI

app = FastAPI()


class GitHub:
    def __init__(self, token):
        self.token = token
        self.session = requests.Session()  # want "once per request \\(called from request handler repo through 1 helper call"

    def user(self, name):
        with httpx.Client() as client:  # want "once per call \\(in method GitHub.user\\)"
            return client.get("https://api.github.com/users/" + name).json()

    def lazy(self):
        if getattr(self, "_client", None) is None:
            self._client = httpx.Client()
        return self._client


shared = GitHub("t")


@app.get("/repo")
def repo():
    gh = GitHub("token")
    return gh.session.get("https://api.github.com/repos/x/y").json()
