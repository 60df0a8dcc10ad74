import time

class App:
    def handle(self, req):
        return {"ok": True}

def benchmark_http_requests():
    app = App()
    start = time.perf_counter()
    for i in range(100000):
        app.handle({"path": "/"})
    elapsed = time.perf_counter() - start
    rps = 100000 / elapsed
    print(rps)
