package measure_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/measure"
)

func TestPythonLoadToolsAndQueries(t *testing.T) {
	r := run(t, map[string]string{
		"benchmarks/load.py": `import subprocess, time
def bench_wrk():
    subprocess.run(["wrk", "-t4", "-c64", "http://127.0.0.1:8000/"], check=True)

def bench_oha(c):
    cmd = ["oha", "-z 10s", "http://127.0.0.1:8000/"]
    subprocess.run(" ".join(cmd), shell=True)

def bench_sql(con):
    t = time.perf_counter()
    con.execute("SELECT * FROM users")
    return time.perf_counter() - t
`,
		"benchmarks/run.py": `import time
from concurrent.futures import ThreadPoolExecutor
import socket

def run_test(n):
    s = socket.socket()
    s.connect(("127.0.0.1", 8000))

start = time.time()
with ThreadPoolExecutor() as e:
    e.map(run_test, range(10))
print(time.time() - start)
`,
	})
	for key, tool := range map[string]string{"benchmarks/load.py#bench_wrk": "wrk", "benchmarks/load.py#bench_oha": "oha"} {
		if b := byName(t, r, key); b.LoadTool != tool || !b.Measures(measure.HTTP) {
			t.Errorf("%s read as %+v", key, b)
		}
	}
	if b := byName(t, r, "benchmarks/load.py#bench_sql"); !b.Queries {
		t.Errorf("SQL through an unresolved connection not seen: %+v", b)
	}
	if b := byName(t, r, "benchmarks/run.py#"); !b.Network {
		t.Errorf("a function passed by name to the executor does the I/O: %+v", b)
	}
}

func TestPythonUnawaitedInTimedLoop(t *testing.T) {
	r := run(t, map[string]string{"benchmarks/bench_async.py": `import asyncio, time

async def handle(req):
    return {"ok": True}

def bench_handler():
    start = time.perf_counter()
    for _ in range(10000):
        handle({})
    return time.perf_counter() - start

async def bench_handler_awaited():
    start = time.perf_counter()
    for _ in range(10000):
        await handle({})
    return time.perf_counter() - start

async def bench_gathered():
    start = time.perf_counter()
    tasks = [handle({}) for _ in range(100)]
    await asyncio.gather(*tasks)
    return time.perf_counter() - start
`})
	b := byName(t, r, "benchmarks/bench_async.py#bench_handler")
	if !strings.Contains(b.Simulated, "async def handle in a timed loop without awaiting it") || len(b.Evidence) < 2 {
		t.Errorf("un-awaited coroutine in a timed loop: %+v", b)
	}
	for _, name := range []string{"bench_handler_awaited", "bench_gathered"} {
		if b := byName(t, r, "benchmarks/bench_async.py#"+name); b.Simulated != "" {
			t.Errorf("%s read as simulated: %s", name, b.Simulated)
		}
	}
}

func TestPythonPrintedReports(t *testing.T) {
	r := run(t, map[string]string{"benchmark_simple.py": `import time

def benchmark_framework_simulation():
    start = time.perf_counter()
    for i in range(100000):
        handle(i)
    elapsed = time.perf_counter() - start
    print(f"Framework Simulation: {100000 / elapsed:.0f} requests/second")

def benchmark_json():
    start = time.perf_counter()
    for i in range(100000):
        handle(i)
    print(f"JSON: {100000 / (time.perf_counter() - start):.0f} serialize ops/s")
`})
	sim := byName(t, r, "benchmark_simple.py#benchmark_framework_simulation")
	if !reflect.DeepEqual(sim.Reports, []measure.Kind{measure.HTTP}) || !strings.Contains(sim.Simulated, "in a timed loop") {
		t.Errorf("a printed requests/second figure: %+v", sim)
	}
	if b := byName(t, r, "benchmark_simple.py#benchmark_json"); b.Simulated != "" {
		t.Errorf("ops/s is an in-process figure: %+v", b)
	}
}

func TestLiteralsOf(t *testing.T) {
	r := run(t, map[string]string{"benchmarks/run_all_benchmarks.py": `results = {"covetpy": {"rps": 23450, "latency_ms": 4.3}, "errors": 0}
ITERATIONS = 23450
`})
	var got []string
	for l := range r.LiteralsOf(23450) {
		got = append(got, l.Key+" "+l.Why)
	}
	if !reflect.DeepEqual(got, []string{`rps under the metric key "rps" in benchmark code`}) {
		t.Errorf("LiteralsOf(23450) = %v", got)
	}
	n := 0
	for range r.Literals() {
		n++
	}
	if n != 2 {
		t.Errorf("%d literals, want 2 (rps and latency_ms)", n)
	}
}

// TestServerCommandTables: a table of server command lines (granian's
// benchmarks.py) runs each server and the worker classes it names.
func TestServerCommandTables(t *testing.T) {
	r := run(t, map[string]string{"benchmarks/benchmarks.py": `import subprocess
APPS = {
    "uvicorn": "uvicorn --interface asgi3 app.asgi:app",
    "hypercorn": (
        "hypercorn -b localhost:8000 -k uvloop "
        "--workers {procs} asgi:app"
    ),
    "gunicorn_gevent": "gunicorn --workers 1 -k gevent app.wsgi:app",
    "note": "see the docs",
}

def app(name):
    return subprocess.Popen(APPS[name], shell=True)
`})
	b := byName(t, r, "benchmarks/benchmarks.py#")
	want := []string{"Uvicorn", "Hypercorn", "Gunicorn", "gevent"}
	if !reflect.DeepEqual(b.Peers, want) {
		t.Errorf("peers %v, want %v", b.Peers, want)
	}
}

// TestTimedNetworkIsNotMicro: a timed echo client over sockets (uvloop's
// echoclient.py) measures the server, not in-process calls.
func TestTimedNetworkIsNotMicro(t *testing.T) {
	r := run(t, map[string]string{"examples/bench/echoclient.py": `import socket, time

def run_test(n):
    sock = socket.socket()
    sock.connect(("127.0.0.1", 25000))
    sock.sendall(b"x")

start = time.time()
for _ in range(10):
    run_test(1)
print("{} messages/sec".format(10 / (time.time() - start)))
`})
	b := byName(t, r, "examples/bench/echoclient.py#")
	if !b.Measures(measure.HTTP) || slices.Contains(b.Reports, measure.Micro) {
		t.Errorf("echo client read as %+v", b)
	}
}
