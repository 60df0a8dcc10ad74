#!/bin/sh
# A real load test: the server runs in another process, wrk sends requests.
wrk -t4 -c64 -d30s --latency http://127.0.0.1:8000/hello
