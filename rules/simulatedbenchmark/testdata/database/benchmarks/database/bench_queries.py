import sqlite3
import time


def bench_database_queries():  # want "reports database figures but never runs a query; run the queries against a real database"
    start = time.perf_counter()
    rows = [{"id": i} for i in range(1000)]
    queries_per_second = len(rows) / (time.perf_counter() - start)
    return queries_per_second


def bench_db_select():
    con = sqlite3.connect(":memory:")
    start = time.perf_counter()
    for _ in range(1000):
        con.execute("SELECT 1").fetchall()
    qps = 1000 / (time.perf_counter() - start)
    return qps
