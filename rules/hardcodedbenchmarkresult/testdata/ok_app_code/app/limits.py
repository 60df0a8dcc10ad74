RATE_LIMIT = {"rps": 100, "burst": 20}


def settings():
    return {"latency_ms": 250, "timeout": 30}


def handler():
    return {"status": 200, "count": 3}
