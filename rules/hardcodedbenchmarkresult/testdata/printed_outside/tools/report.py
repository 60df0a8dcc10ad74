import json


def summary():
    stats = {"rps": 23450, "name": "covetpy"}  # want "23450 .*under the metric key \"rps\", written out as a result"
    json.dump(stats, open("out.json", "w"))
    print({"p99_ms": 4.3})  # want "4.3 .*printed as a result"
