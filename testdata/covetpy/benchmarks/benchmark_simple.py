"""Micro-benchmarks: routing is measured for real; the "framework" figure
only calls a handler in a loop, with no HTTP and no network."""
import time


class Router:
    def __init__(self):
        self.routes = {"/users/{id}": "user"}

    def lookup(self, path):
        return self.routes.get(path)


class App:
    def handle(self, request):
        return {"status": 200, "body": "{}"}


def bench_routing():
    router = Router()
    start = time.perf_counter()
    for _ in range(100_000):
        router.lookup("/users/{id}")
    return (time.perf_counter() - start) / 100_000


def bench_framework_requests():
    app = App()
    start = time.perf_counter()
    for _ in range(100_000):
        app.handle({"path": "/"})
    requests_per_second = 100_000 / (time.perf_counter() - start)
    print(f"{requests_per_second:.0f} req/s")
