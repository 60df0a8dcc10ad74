import time

import httpx

ITERATIONS = 10_000
WARMUP = 100
DURATION_S = 30
CONCURRENCY = 64
CONNECTIONS = 128
TIMEOUT_MS = 500
PAYLOAD_SIZE = 1024
TARGET_RPS = 5000
thresholds = {"rps": 1000, "p99_ms": 50}
config = {"latency_ms": 5}


def bench():
    start = time.perf_counter()
    with httpx.Client() as c:
        for _ in range(ITERATIONS):
            c.get("http://127.0.0.1:8000/")
    elapsed = time.perf_counter() - start
    rps = ITERATIONS / elapsed
    latency_ms = elapsed * 1000 / ITERATIONS
    result = {"rps": round(rps, 1), "latency_ms": latency_ms}
    assert rps > 1000
    assert result["p99"] < 50.0
    return result


def run(iterations=1000, timeout=5.0):
    return bench()
