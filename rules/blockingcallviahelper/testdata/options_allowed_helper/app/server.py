import time

import httpx


class Server:
    def start(self):
        with httpx.Client() as client:
            client.get("http://localhost/health")

    def stop(self):
        time.sleep(1)


def get_client():
    Server().start()
    return httpx.AsyncClient()


def shutdown():
    Server().stop()
