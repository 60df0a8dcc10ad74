import json


def main():
    results = {
        "comparison": {
            "covetpy": {"rps": 23450, "latency_ms": 4.3},
            "fastapi": {"rps": 18234, "latency_ms": 5.5},
        }
    }
    print(json.dumps(results))
