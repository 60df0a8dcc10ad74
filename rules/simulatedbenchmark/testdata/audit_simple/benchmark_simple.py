import json
import time


def benchmark_routing():
    routes = {"/users/{id}": "user"}
    start = time.perf_counter()
    for i in range(100000):
        routes.get("/users/{id}")
    print(f"Routing: {100000 / (time.perf_counter() - start):.0f} lookups/second")


def benchmark_json():
    start = time.perf_counter()
    for i in range(100000):
        json.dumps({"id": i})
    print(f"JSON: {100000 / (time.perf_counter() - start):.0f} serialize ops/s")


def benchmark_framework_simulation():  # want "benchmark benchmark_framework_simulation reports request figures but performs no network I/O: it only calls functions in a timed loop"
    start = time.perf_counter()
    for i in range(100000):
        request = {"method": "GET", "path": "/"}
        response = {"status": 200, "body": request["path"]}
    elapsed = time.perf_counter() - start
    print(f"Framework Simulation: {100000 / elapsed:.0f} requests/second")
