#!/bin/sh
wrk -t4 -c64 -d30s http://127.0.0.1:8000/ > benchmarks/results.txt
