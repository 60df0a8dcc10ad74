import json


def test_json_dumps(benchmark):
    benchmark(json.dumps, {"a": 1})


def test_routing_lookup(benchmark):
    routes = {"/users": 1}
    benchmark(routes.get, "/users")
