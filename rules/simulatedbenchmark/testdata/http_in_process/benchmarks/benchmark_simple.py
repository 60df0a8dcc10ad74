import time


class App:
    def handle(self, request):
        return {"status": 200}


def benchmark_framework_simulation():  # want "benchmark benchmark_framework_simulation reports request figures but performs no network I/O: it only calls functions"
    app = App()
    start = time.perf_counter()
    for i in range(100000):
        app.handle({"path": "/"})
    elapsed = time.perf_counter() - start
    requests_per_second = 100000 / elapsed
    print(requests_per_second)


def bench_http_requests():  # want "reports request figures .* calls functions and sleeps"
    start = time.time()
    for _ in range(100):
        time.sleep(0.001)
    return time.time() - start


def benchmark_routing():
    app = App()
    start = time.perf_counter()
    for _ in range(1000):
        app.handle({"path": "/users/1"})
    lookups_per_second = 1000 / (time.perf_counter() - start)
    return lookups_per_second
