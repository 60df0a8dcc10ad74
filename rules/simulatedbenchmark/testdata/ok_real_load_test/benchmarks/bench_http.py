import subprocess
import time

import httpx


def bench_http_client():
    start = time.perf_counter()
    with httpx.Client(base_url="http://127.0.0.1:8000") as client:
        for _ in range(1000):
            client.get("/")
    rps = 1000 / (time.perf_counter() - start)
    print(rps)


async def bench_http_async():
    start = time.perf_counter()
    async with httpx.AsyncClient() as client:
        for _ in range(1000):
            await client.get("http://127.0.0.1:8000/")
    rps = 1000 / (time.perf_counter() - start)
    print(rps)


def bench_requests_via_helper():
    start = time.perf_counter()
    run_load()
    rps = 1000 / (time.perf_counter() - start)
    return rps


def run_load():
    import socket
    s = socket.create_connection(("127.0.0.1", 8000))
    s.sendall(b"GET / HTTP/1.1\r\n\r\n")
