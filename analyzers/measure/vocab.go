package measure

import (
	"strings"
	"unicode"
)

// words splits a name or label into lower-case words: snake_case,
// kebab-case, camelCase, dotted and slashed names, and spaces ("latencyMs",
// "requests_per_second", "req/s" -> req s).
func words(s string) []string {
	var out []string
	var w []rune
	flush := func() {
		if len(w) > 0 {
			out = append(out, string(w))
			w = w[:0]
		}
	}
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && prevLower {
				flush()
			}
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
			w = append(w, unicode.ToLower(r))
		default:
			flush()
			prevLower = false
		}
		if len(out) > 32 {
			break
		}
	}
	flush()
	return out
}

// metricWords name a measured figure when they stand in a key or name.
var metricWords = set("rps", "qps", "tps", "throughput", "latency", "latencies", "p50", "p75", "p90", "p95", "p99", "p999",
	"speedup", "faster", "slower", "mean", "median", "avg", "average", "stddev", "opsec", "qpm", "rpm", "elapsed", "runtime")

// countWords followed by a time unit are a rate ("req/s", "tok_s",
// "ops_sec"); alone they are counts, often run parameters ("requests").
var countWords = set("req", "reqs", "requests", "ops", "op", "tok", "tokens", "msgs", "messages", "queries", "transactions", "calls", "lookups", "bytes")

// perUnits follow "per" in a rate ("ops_per_sec", "requests_per_second").
var perUnits = set("s", "sec", "second", "ms", "call", "op", "request", "query", "iteration", "minute", "min")

// timeUnits ending a name make it a duration ("mean_ms", "latency_us").
var timeUnits = set("ms", "us", "ns", "sec", "secs", "seconds", "msec", "usec", "nsec")

// paramWords name a run parameter, never a result: they win over
// metricWords ("timeout_ms", "target_rps", "max_latency").
var paramWords = set("iterations", "iteration", "iters", "iter", "n", "num", "number", "repeat", "repeats", "rounds", "runs",
	"loops", "warmup", "warm", "duration", "concurrency", "concurrent", "connections", "conns", "connection", "clients",
	"threads", "workers", "processes", "users", "timeout", "size", "sizes", "payload", "batch", "count", "limit", "limits",
	"threshold", "thresholds", "min", "max", "minimum", "maximum", "port", "host", "delay", "interval", "sleep", "target",
	"budget", "tolerance", "slo", "sla", "step", "steps", "len", "length", "depth", "width", "height", "seed", "version",
	"expected", "allowed", "baseline_factor", "wait", "retries", "retry", "ramp", "spawn", "pool", "samples", "sample",
	"kb", "mb", "gb", "status", "code", "id", "index", "fontsize", "dpi", "alpha", "rot", "rotation",
	"figsize", "pad", "ylim", "xlim", "tick", "ticks", "color", "linewidth", "errors", "error", "failures")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// MetricKey reports whether a key or name stores a measured figure ("rps",
// "latency_ms", "requests_per_second", "p99", "speedup", "x_faster") and
// not a run parameter ("iterations", "timeout_ms", "target_rps").
func MetricKey(key string) bool {
	ws := words(key)
	metric := false
	for i, w := range ws {
		switch {
		case paramWords[w]:
			return false
		case metricWords[w]:
			metric = true
		case w == "per" && i+1 < len(ws) && perUnits[ws[i+1]]:
			metric = true
		case countWords[w] && i+1 < len(ws) && (ws[i+1] == "s" || ws[i+1] == "sec" || ws[i+1] == "second"):
			metric = true
		case i == len(ws)-1 && i > 0 && timeUnits[w]:
			metric = true
		}
	}
	return metric
}

// httpWords in a benchmark's name, labels or metric names say it reports
// request figures; dbWords database figures.
var (
	httpWords = set("rps", "reqs", "http", "requests", "request", "req", "server", "endpoint", "endpoints", "wrk", "e2e")
	dbWords   = set("qps", "tps", "db", "database", "databases", "query", "queries", "sql", "orm", "transactions", "postgres", "postgresql", "mysql", "sqlite")
	// microWords say the figure is about in-process work even when a
	// request word is there ("http_parse", "request_routing").
	microWords = set("parse", "parser", "parsing", "parses", "serialize", "serialization", "serialise", "json", "encode", "decode",
		"routing", "router", "route", "lookup", "lookups", "headers", "header", "url", "urls", "build", "construct", "validation", "validate", "template", "render")
)

// reportsOf reads the kinds of figure a name or label reports.
func reportsOf(s string) (http, db, micro bool) {
	ws := words(s)
	for i, w := range ws {
		switch {
		case httpWords[w]:
			http = true
		case dbWords[w]:
			db = true
		case microWords[w], w == "ops", w == "op":
			micro = true
		case w == "per" && i+1 < len(ws) && (ws[i+1] == "call" || ws[i+1] == "op" || ws[i+1] == "iteration"):
			micro = true
		}
	}
	return http, db, micro
}

// peerModules maps the top-level module of an import to the peer it runs,
// by the names claims.DefaultPeers use.
var peerModules = map[string]string{
	"fastapi": "FastAPI", "django": "Django", "flask": "Flask", "starlette": "Starlette", "sanic": "Sanic",
	"aiohttp.web": "aiohttp", "tornado": "Tornado", "quart": "Quart", "litestar": "Litestar", "falcon": "Falcon",
	"robyn": "Robyn", "granian": "Granian", "uvicorn": "Uvicorn", "gunicorn": "Gunicorn", "hypercorn": "Hypercorn",
	"bottle": "Bottle", "pyramid": "Pyramid", "blacksheep": "BlackSheep", "socketify": "Socketify", "gevent": "gevent",
	"twisted": "Twisted",
	// Rust crates.
	"axum": "Axum", "actix_web": "Actix", "rocket": "Rocket",
}

// peerOf names the peer a dotted (Python) or ::-separated (Rust) import
// path runs, if any.
func peerOf(value string) (string, bool) {
	v := strings.ReplaceAll(value, "::", ".")
	if p, ok := peerModules[v]; ok {
		return p, true
	}
	for i := 0; i < len(v); i++ {
		if v[i] == '.' || v[i] == '(' || v[i] == '[' {
			if p, ok := peerModules[v[:i]]; ok {
				return p, true
			}
		}
	}
	return "", false
}

// LoadTools are the load generators a benchmark can start.
var LoadTools = []string{"wrk", "wrk2", "ab", "hey", "oha", "k6", "locust", "vegeta", "bombardier", "h2load", "autocannon", "siege", "drill", "rewrk", "ghz", "jmeter", "gatling", "artillery"}

var loadTools = set(LoadTools...)

// toolOf returns the load tool a command word names: "wrk", "./wrk",
// "/usr/bin/wrk", "wrk.exe" name wrk.
func toolOf(word string) (string, bool) {
	if i := strings.LastIndexByte(word, '/'); i >= 0 {
		word = word[i+1:]
	}
	word = strings.TrimSuffix(word, ".exe")
	if loadTools[word] {
		return word, true
	}
	return "", false
}
