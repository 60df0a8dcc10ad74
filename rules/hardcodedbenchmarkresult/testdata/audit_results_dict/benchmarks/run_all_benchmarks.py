import json

results = {
    "comparison": {
        "covetpy": {"rps": 23450, "latency_ms": 4.3},  # want "23450 is a benchmark result typed in as a literal .under the metric key \"rps\" in benchmark code." "4.3 is a benchmark result .*latency_ms"
        "fastapi": {"rps": 18234, "latency_ms": 5.5},  # want "18234" "5.5"
        "django": {"rps": 8765, "latency_ms": 11.4},  # want "8765" "11.4"
    },
    "speedup": {"vs_django": "2.7x", "vs_fastapi": 1.3},  # want "2.7x .*under the metric key \"speedup\"" "1.3 .*under the metric key \"speedup\""
}

RPS = 23_450  # want "23_450 .*under the metric name \"RPS\""


def report():
    database_qps = 8234  # want "8234"
    return {"p99": 12.5, "requests_per_second": 23450.0}  # want "12.5" "23450.0"


if __name__ == "__main__":
    json.dump(results, open("results.json", "w"), indent=2)
