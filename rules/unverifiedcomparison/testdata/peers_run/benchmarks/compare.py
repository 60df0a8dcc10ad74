import time

import httpx
from fastapi import FastAPI

app = FastAPI()


def bench_fastapi():
    start = time.perf_counter()
    with httpx.Client() as c:
        for _ in range(1000):
            c.get("http://localhost:8000/")
    return 1000 / (time.perf_counter() - start)
