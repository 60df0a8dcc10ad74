import json


def test_status_payload():
    metrics = {"requests_per_second": 125.5, "avg_response_time_ms": 45.2}
    payload = json.dumps(metrics)
    assert json.loads(payload)["requests_per_second"] == 125.5
