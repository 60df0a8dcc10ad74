import time

from app.router import Router


def bench_routing():
    router = Router()
    start = time.perf_counter()
    for _ in range(100_000):
        router.lookup("/users/42")
    return (time.perf_counter() - start) / 100_000
