import json
import time


def bench_json_serialize():
    start = time.perf_counter()
    for _ in range(10000):
        json.dumps({"a": 1})
    ops_per_sec = 10000 / (time.perf_counter() - start)
    print(ops_per_sec)


def bench_http_parse():
    start = time.perf_counter()
    for _ in range(10000):
        b"GET / HTTP/1.1".split(b" ")
    return time.perf_counter() - start
