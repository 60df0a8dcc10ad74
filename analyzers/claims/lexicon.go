package claims

import "strings"

// unit is what a word after a number makes of it.
type unit struct {
	kind  Kind
	scale float64 // to the normalised unit
	norm  string  // the normalised unit
	weak  bool    // needs a latency or performance word nearby (s, seconds)
}

var (
	perSecond = unit{kind: Rate, scale: 1, norm: "/s"}
	perMinute = unit{kind: Rate, scale: 1.0 / 60, norm: "/s"}
)

// units are units written as one word after the number, lower-cased,
// except the case-sensitive ones in caseUnits.
var units = map[string]unit{
	"rps": perSecond, "qps": perSecond, "tps": perSecond, "r/s": perSecond,
	"ns": {Duration, 1e-9, "s", false}, "nsec": {Duration, 1e-9, "s", false},
	"nanosecond": {Duration, 1e-9, "s", false}, "nanoseconds": {Duration, 1e-9, "s", false},
	"µs": {Duration, 1e-6, "s", false}, "μs": {Duration, 1e-6, "s", false},
	"us": {Duration, 1e-6, "s", false}, "usec": {Duration, 1e-6, "s", false},
	"microsecond": {Duration, 1e-6, "s", false}, "microseconds": {Duration, 1e-6, "s", false},
	"ms": {Duration, 1e-3, "s", false}, "msec": {Duration, 1e-3, "s", false}, "msecs": {Duration, 1e-3, "s", false},
	"millisecond": {Duration, 1e-3, "s", false}, "milliseconds": {Duration, 1e-3, "s", false},
	"s": {Duration, 1, "s", true}, "sec": {Duration, 1, "s", true}, "secs": {Duration, 1, "s", true},
	"second": {Duration, 1, "s", true}, "seconds": {Duration, 1, "s", true},
	"kb/s": {Throughput, 1e3, "B/s", false}, "mb/s": {Throughput, 1e6, "B/s", false},
	"gb/s": {Throughput, 1e9, "B/s", false}, "tb/s": {Throughput, 1e12, "B/s", false},
	"kib/s": {Throughput, 1 << 10, "B/s", false}, "mib/s": {Throughput, 1 << 20, "B/s", false},
	"gib/s": {Throughput, 1 << 30, "B/s", false}, "mbps": {Throughput, 125e3, "B/s", false},
	"gbps": {Throughput, 125e6, "B/s", false}, "kbps": {Throughput, 125, "B/s", false},
	"gbit/s": {Throughput, 125e6, "B/s", false}, "mbit/s": {Throughput, 125e3, "B/s", false},
	"kb": {Memory, 1e3, "B", false}, "mb": {Memory, 1e6, "B", false}, "gb": {Memory, 1e9, "B", false},
	"kib": {Memory, 1 << 10, "B", false}, "mib": {Memory, 1 << 20, "B", false}, "gib": {Memory, 1 << 30, "B", false},
	"bytes": {Memory, 1, "B", false}, "kilobytes": {Memory, 1e3, "B", false},
	"megabytes": {Memory, 1e6, "B", false}, "gigabytes": {Memory, 1e9, "B", false},
	"x": {Multiplier, 1, "x", false}, "×": {Multiplier, 1, "x", false},
	"%": {Percentage, 1, "%", false}, "percent": {Percentage, 1, "%", false}, "pct": {Percentage, 1, "%", false},
}

// caseUnits differ from their lower-case spelling: Mb/s is megabits.
var caseUnits = map[string]unit{
	"Kb/s": {Throughput, 125, "B/s", false}, "Mb/s": {Throughput, 125e3, "B/s", false},
	"Gb/s": {Throughput, 125e6, "B/s", false},
}

// rateNouns are what is counted per second: "23,450 requests per second",
// "14,890 serialize ops/s", "739,165 lookups/second".
var rateNouns = set("request", "requests", "req", "reqs", "query", "queries", "operation",
	"operations", "op", "ops", "transaction", "transactions", "tx", "txn", "txns", "message",
	"messages", "msg", "msgs", "token", "tokens", "tok", "call", "calls", "event", "events",
	"lookup", "lookups", "insert", "inserts", "write", "writes", "read", "reads", "row", "rows",
	"record", "records", "hit", "hits", "job", "jobs", "task", "tasks", "response", "responses",
	"connection", "connections", "conn", "conns", "packet", "packets", "frame", "frames",
	"iteration", "iterations", "update", "updates", "commit", "commits", "search", "searches",
	"invocation", "invocations", "route", "routes", "parse", "parses", "page", "pages")

var secondWords = set("s", "sec", "secs", "second")
var minuteWords = set("m", "min", "mins", "minute")

// rateUnit reads "noun/s", "noun/sec", "noun/second", "noun/min".
func rateUnit(w string) (unit, bool) {
	i := strings.LastIndexByte(w, '/')
	if i <= 0 || !rateNouns[w[:i]] {
		return unit{}, false
	}
	switch {
	case secondWords[w[i+1:]]:
		return perSecond, true
	case minuteWords[w[i+1:]]:
		return perMinute, true
	}
	return unit{}, false
}

// connAdjectives may stand between a count and "connections".
var connAdjectives = set("concurrent", "simultaneous", "open", "active", "idle", "live",
	"persistent", "keep-alive", "parallel", "websocket", "tcp", "http", "client")
var connNouns = set("connections", "conns", "websockets", "sockets", "clients")

// Users count as connections only with an adjective: "10k concurrent users".
var loadUsers = set("users", "sessions", "streams")

var comparatives = set("faster", "slower", "quicker", "more", "less", "higher", "lower",
	"better", "fewer", "smaller", "larger", "bigger", "greater", "cheaper", "speedup",
	"speed-up", "improvement", "increase", "reduction", "throughput", "as")

// latencyWords turn a duration into a latency.
var latencyWords = set("latency", "latencies", "p50", "p75", "p90", "p95", "p99", "p99.9",
	"p999", "avg", "average", "mean", "median", "tail", "cold", "cold-start", "startup",
	"start-up", "boot", "response", "ttfb", "roundtrip", "round-trip", "rtt", "overhead",
	"import", "startup-time", "time")

// perfWords make a percentage, a bare second or a multiplier a performance
// claim.
var perfWords = set("faster", "slower", "quicker", "speed", "speeds", "speedup", "speed-up",
	"throughput", "performance", "perf", "performant", "improvement", "improvements",
	"improved", "improves", "improve", "reduction", "reduced", "reduces", "reduce", "lower",
	"higher", "less", "boost", "boosts", "gain", "gains", "allocations",
	"efficient", "efficiency", "benchmark", "benchmarks", "benchmarked", "rps", "requests",
	"req/s", "latency", "latencies", "p99", "p95", "p50", "overhead", "speeds", "quicker",
	"cold", "startup", "start-up", "response", "slowdown", "regression", "ops/s", "qps",
	"runtime", "execution", "cut", "cuts")

// excludeWords take a percentage or multiplier out of the performance
// vocabulary: coverage, productivity, costs, popularity.
var excludeWords = set("coverage", "covered", "test", "tests", "tested", "develop",
	"developer", "developers", "development", "productivity", "productive", "features",
	"feature", "bugs", "bug", "boilerplate", "code", "lines", "loc", "write", "writing",
	"ship", "shipping", "onboarding", "market", "learn", "learning", "cost", "costs",
	"cheaper", "price", "prices", "pricing", "discount", "off", "revenue", "sales",
	"satisfaction", "adoption", "stars", "downloads", "users", "contributors", "engineer",
	"engineers", "team", "teams", "typing", "keystrokes", "time-to-market", "errors",
	"uptime", "sla", "accuracy", "precision", "recall", "battery", "complete", "done",
	"progress", "funded", "tax", "vat", "interest", "growth", "share")

// memoryWords make a size a memory or binary size claim.
var memoryWords = set("memory", "ram", "rss", "heap", "footprint", "binary", "binaries",
	"size", "sized", "wheel", "wheels", "bundle", "docker", "container", "executable",
	"install", "installed", "disk", "resident", "peak", "allocation", "allocations",
	"allocates", "allocated", "consumption", "consumes", "lightweight", "artifact", "artefact")

// inputNouns after (or shortly before) a size make it an input parameter.
var inputNouns = set("payload", "payloads", "file", "files", "body", "bodies", "request",
	"requests", "response", "responses", "upload", "uploads", "message", "messages",
	"document", "documents", "input", "inputs", "chunk", "chunks", "buffer", "buffers",
	"blob", "blobs", "object", "objects", "json", "csv", "dataset", "datasets", "string",
	"strings", "record", "records", "row", "rows", "batch", "batches", "page", "pages")

// ioVerbs near a size make it the size of what is read, written or loaded
// at once, not a footprint: "reads up to 256 KiB from the socket", "256
// KiB are being loaded into memory".
var ioVerbs = set("read", "reads", "write", "writes", "send", "sends", "receive", "receives",
	"load", "loads", "loaded", "loading", "fetch", "fetches", "buffered", "streamed")

// paramWords just before a figure make it a parameter: "timeout of 30 s".
var paramWords = set("timeout", "timeouts", "ttl", "interval", "every", "delay", "sleep",
	"sleeps", "wait", "waits", "expires", "expiry", "expire", "retry", "retries", "limit",
	"limits", "limited", "max", "maximum", "min", "minimum", "default", "defaults",
	"threshold", "budget", "warmup", "warm-up", "duration", "for", "throttle", "throttled", "cap", "capped", "configure",
	"configured", "set", "setting", "parameter", "parameters", "option", "pool", "poll", "polling", "period", "deadline", "window")

// cssProps before ':' make the figure an attribute value.
var cssProps = set("width", "height", "max-width", "min-width", "max-height", "min-height",
	"margin", "padding", "top", "left", "right", "bottom", "font-size", "opacity",
	"line-height", "flex", "flex-basis", "border-radius", "transition", "animation",
	"animation-duration", "transition-duration", "animation-delay", "transition-delay",
	"zoom", "scale", "gap", "border", "transform")

// comparingVerbs make a figureless sentence naming a peer a comparison.
var comparingVerbs = set("outperforms", "outperform", "outperformed", "outperforming",
	"beats", "outpaces", "outruns", "trounces", "surpasses")

// thanComparatives followed by "than <peer>" compare without a figure.
var thanComparatives = set("faster", "quicker", "slower", "lighter", "leaner", "snappier")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
