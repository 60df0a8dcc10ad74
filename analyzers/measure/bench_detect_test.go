package measure_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/measure"
)

// byName finds the benchmark path#name.
func byName(t *testing.T, r *measure.Result, key string) *measure.Benchmark {
	t.Helper()
	for b := range r.Benchmarks() {
		if b.Path+"#"+b.Name == key {
			return b
		}
	}
	t.Fatalf("no benchmark %s among %v", key, names(r))
	return nil
}

const simulated = `import time

class App:
    def handle(self, req):
        return {"ok": True}

def benchmark_http_requests():
    app = App()
    start = time.perf_counter()
    for i in range(100000):
        app.handle({"path": "/"})
    elapsed = time.perf_counter() - start
    rps = 100000 / elapsed
    print(rps)
`

const loadTest = `import time
import httpx

def bench_http():
    start = time.perf_counter()
    with httpx.Client() as c:
        for _ in range(1000):
            c.get("http://localhost:8000/")
    rps = 1000 / (time.perf_counter() - start)
    return rps
`

func TestPythonSimulatedAndReal(t *testing.T) {
	r := run(t, map[string]string{"benchmarks/sim.py": simulated, "benchmarks/real.py": loadTest})
	sim := byName(t, r, "benchmarks/sim.py#benchmark_http_requests")
	if !sim.Timed || sim.Network || !strings.Contains(sim.Simulated, "performs no network I/O") {
		t.Errorf("simulated benchmark read as %+v", sim)
	}
	if sim.Measures(measure.HTTP) || len(sim.Evidence) == 0 {
		t.Errorf("a simulated benchmark measures no requests and shows its timer: %+v", sim)
	}
	real := byName(t, r, "benchmarks/real.py#bench_http")
	if !real.Network || real.Simulated != "" || !real.Measures(measure.HTTP) {
		t.Errorf("load test read as %+v", real)
	}
}

func TestPythonHelpersAcrossFiles(t *testing.T) {
	r := run(t, map[string]string{
		"benchmarks/__init__.py": "",
		"benchmarks/client.py":   "import requests\n\ndef fetch(url):\n    return requests.get(url)\n",
		"benchmarks/run.py":      "import time\nfrom benchmarks.client import fetch\n\ndef bench_requests():\n    t = time.time()\n    fetch('http://x')\n    return time.time() - t\n",
	})
	b := byName(t, r, "benchmarks/run.py#bench_requests")
	if !b.Network || b.Simulated != "" {
		t.Errorf("network I/O through a helper in another file not seen: %+v", b)
	}
}

func TestPythonDatabase(t *testing.T) {
	r := run(t, map[string]string{
		"benchmarks/database/bench_orm.py": "import time\n\ndef bench_queries():\n    t = time.perf_counter()\n    for _ in range(10):\n        pass\n    qps = 10 / (time.perf_counter() - t)\n",
		"benchmarks/db_real.py":            "import time, sqlite3\n\ndef bench_db():\n    con = sqlite3.connect(':memory:')\n    t = time.perf_counter()\n    con.execute('SELECT 1')\n    return time.perf_counter() - t\n",
	})
	fake := byName(t, r, "benchmarks/database/bench_orm.py#bench_queries")
	if fake.Queries || !strings.Contains(fake.Simulated, "never runs a query") {
		t.Errorf("database benchmark without a query read as %+v", fake)
	}
	real := byName(t, r, "benchmarks/db_real.py#bench_db")
	if !real.Queries || real.Simulated != "" || !real.Measures(measure.DB) {
		t.Errorf("sqlite benchmark read as %+v", real)
	}
}

func TestPytestBenchmarkAndPeers(t *testing.T) {
	r := run(t, map[string]string{
		"tests/test_speed.py": "from fastapi import FastAPI\n\ndef test_routing(benchmark):\n    app = FastAPI()\n    benchmark(app.url_path_for, 'x')\n",
		"src/app.py":          "def test_plain(x):\n    return x\n",
	})
	b := byName(t, r, "tests/test_speed.py#test_routing")
	if !b.Timed || b.Why != "runs under the pytest-benchmark fixture" || !reflect.DeepEqual(b.Peers, []string{"FastAPI"}) {
		t.Errorf("pytest-benchmark test read as %+v", b)
	}
	if len(names(r)) != 1 {
		t.Errorf("only the fixture test is a benchmark: %v", names(r))
	}
	if _, ok := r.PeersRun()["FastAPI"]; !ok {
		t.Errorf("FastAPI is run: %v", r.PeersRun())
	}
}

func TestRustBenchmarks(t *testing.T) {
	r := run(t, map[string]string{
		"benches/routing.rs": `use criterion::{criterion_group, criterion_main, Criterion};
async fn handle() -> u32 { 1 }
fn bench_router(c: &mut Criterion) {
    c.bench_function("route", |b| b.iter(|| route("/users/1")));
}
fn bench_handler(c: &mut Criterion) {
    c.bench_function("handler", |b| b.iter(|| handle()));
}
fn route(p: &str) -> usize { p.len() }
criterion_group!(benches, bench_router, bench_handler);
criterion_main!(benches);
`,
		"src/lib.rs": "#![feature(test)]\nextern crate test;\nuse test::Bencher;\n#[bench]\nfn bench_add(b: &mut Bencher) { b.iter(|| 1 + 1); }\nfn plain() {}\n",
	})
	router := byName(t, r, "benches/routing.rs#bench_router")
	if router.Why != "criterion group" || !router.Timed || router.Simulated != "" {
		t.Errorf("criterion group read as %+v", router)
	}
	handler := byName(t, r, "benches/routing.rs#bench_handler")
	if !strings.Contains(handler.Simulated, "async fn handle") {
		t.Errorf("un-awaited async fn in b.iter not seen: %+v", handler)
	}
	bench := byName(t, r, "src/lib.rs#bench_add")
	if bench.Why != "#[bench]" {
		t.Errorf("#[bench] read as %+v", bench)
	}
	if got := len(names(r)); got != 3 {
		t.Errorf("want 3 benchmarks, got %v", names(r))
	}
}

func TestScripts(t *testing.T) {
	r := run(t, map[string]string{
		"bench/run.sh":     "#!/bin/sh\n# wrk is started below\nuvicorn app:app &\nsleep 1\nTHREADS=4 wrk -t4 -c100 http://localhost:8000/\n",
		"scripts/build.sh": "#!/bin/sh\ncargo build\necho hey there\n",
		"Makefile":         "build:\n\tcargo build\n\nbench: build\n\t@oha -z 10s http://localhost:3000\n",
		"bench/load.js":    "import http from 'k6/http';\nexport default function () { http.get('http://localhost'); }\n",
	})
	sh := byName(t, r, "bench/run.sh#")
	if sh.LoadTool != "wrk" || !reflect.DeepEqual(sh.Peers, []string{"Uvicorn"}) || !sh.Measures(measure.HTTP) {
		t.Errorf("shell load test read as %+v", sh)
	}
	mk := byName(t, r, "Makefile#bench")
	if mk.LoadTool != "oha" {
		t.Errorf("Makefile target read as %+v", mk)
	}
	if k6 := byName(t, r, "bench/load.js#"); k6.LoadTool != "k6" {
		t.Errorf("k6 script read as %+v", k6)
	}
	for b := range r.Benchmarks() {
		if b.Path == "scripts/build.sh" {
			t.Errorf("a build script is no load test: %+v", b)
		}
	}
}

func TestResultsFiles(t *testing.T) {
	r := run(t, map[string]string{
		"benchmarks/results.md":   "| framework | req/s |\n|---|---|\n| covetpy | 23,450 |\n| p99 | 4.3 ms |\n",
		"benchmarks/results.json": `{"rps": [410,530,880], "v2": 1.2k}`,
		"docs/results.json":       `{"rps": 1}`,
	})
	var got []string
	for rf := range r.ResultsFiles() {
		got = append(got, rf.Path)
		switch rf.Path {
		case "benchmarks/results.md":
			if !reflect.DeepEqual(rf.Figures, []float64{23450, 4.3}) {
				t.Errorf("%s figures %v", rf.Path, rf.Figures)
			}
		case "benchmarks/results.json":
			if !reflect.DeepEqual(rf.Figures, []float64{410, 530, 880, 1200}) {
				t.Errorf("%s figures %v", rf.Path, rf.Figures)
			}
		}
	}
	if !reflect.DeepEqual(got, []string{"benchmarks/results.json", "benchmarks/results.md"}) {
		t.Errorf("results files %v", got)
	}
}

func TestMetricKey(t *testing.T) {
	for key, want := range map[string]bool{
		"rps": true, "latency_ms": true, "requests_per_second": true, "p99": true, "speedup": true, "x_faster": true,
		"ops_per_sec": true, "tok_s": true, "mean_ms": true, "latencyMs": true, "RPS": true, "req/s": true,
		"iterations": false, "timeout_ms": false, "target_rps": false, "warmup": false, "concurrency": false,
		"duration_s": false, "requests": false, "max_latency": false, "payload_size": false, "name": false, "values": false,
	} {
		if got := measure.MetricKey(key); got != want {
			t.Errorf("MetricKey(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestScriptsSharingAModuleName: two scripts outside packages are both
// module "micro"; a call in one never reaches the other's function.
func TestScriptsSharingAModuleName(t *testing.T) {
	r := run(t, map[string]string{
		"benchmarks/sanic/micro.py":    "from sanic.response import text\n\ndef hello(request):\n    return text('x')\n",
		"benchmarks/japronto/micro.py": "from japronto import Application\n\ndef hello(request):\n    return 1\n\nhello(None)\n",
	})
	if b := byName(t, r, "benchmarks/japronto/micro.py#"); len(b.Peers) != 0 {
		t.Errorf("japronto's benchmark took the other micro.py's peers: %v", b.Peers)
	}
}

// TestMeasuresHTTP: network I/O backs request figures only in a benchmark
// about requests, not in a micro-benchmark that downloads its data.
func TestMeasuresHTTP(t *testing.T) {
	for _, c := range []struct {
		b    measure.Benchmark
		want bool
	}{
		{measure.Benchmark{Network: true}, true},
		{measure.Benchmark{Network: true, Reports: []measure.Kind{measure.HTTP}}, true},
		{measure.Benchmark{Network: true, Reports: []measure.Kind{measure.Micro}}, false},
		{measure.Benchmark{LoadTool: "wrk", Network: true, Reports: []measure.Kind{measure.Micro}}, true},
		{measure.Benchmark{Network: true, Simulated: "x"}, false},
		{measure.Benchmark{Timed: true, Reports: []measure.Kind{measure.HTTP}}, false},
	} {
		if got := c.b.Measures(measure.HTTP); got != c.want {
			t.Errorf("%+v: Measures(HTTP) = %v, want %v", c.b, got, c.want)
		}
	}
}
