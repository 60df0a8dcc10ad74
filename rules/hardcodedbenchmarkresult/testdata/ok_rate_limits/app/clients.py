import json

CLIENTS = {"binance": {"rate_limit": {"requests_per_second": 20.0, "burst": 40}}}
SLA_THRESHOLDS = {"p95_response_time_ms": 500, "requests_per_second": 100}
scaling_thresholds = {"requests_per_second": 100}


def dump():
    print(json.dumps(CLIENTS))
    print(SLA_THRESHOLDS)
    json.dump({"rate_limit": {"rps": 5}}, open("limits.json", "w"))
