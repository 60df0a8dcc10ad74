package unbackedperformanceclaim

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/analyzers/measure"
)

var (
	dbWords = words("query", "queries", "qps", "database", "databases", "db", "sql", "orm",
		"transaction", "transactions", "tps", "postgres", "postgresql", "mysql", "sqlite", "mongodb", "redis")
	httpWords = words("req", "reqs", "request", "requests", "rps", "http", "https", "response",
		"responses", "endpoint", "endpoints", "server", "servers", "p50", "p90", "p95", "p99", "p999",
		"asgi", "wsgi", "websocket", "websockets", "connections", "concurrent", "hello", "world")
	microWords = words("op", "ops", "operation", "operations", "call", "calls", "lookup", "lookups",
		"iteration", "iterations", "serialize", "serialization", "serialise", "serialisation",
		"deserialize", "parse", "parsing", "parses", "routing", "route", "encode", "encoding",
		"decode", "decoding", "function", "functions", "per-call", "loop")
)

func words(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// kindsOf are the kinds of measurement that can back a claim: a database
// word makes it a database figure whatever its unit ("Database queries:
// 8,234 req/sec"); requests per second and connections need a server
// under load; operations per second and durations of calls are
// micro-benchmarks; a speed-up or memory figure without context is backed
// by any real benchmark.
func kindsOf(c *docs.Claim) []measure.Kind {
	ws := splitWords(c.Raw + " " + c.About)
	has := func(set map[string]bool) bool {
		for _, w := range ws {
			if set[w] {
				return true
			}
		}
		return false
	}
	every := []measure.Kind{measure.HTTP, measure.DB, measure.Micro}
	switch {
	case has(dbWords):
		return []measure.Kind{measure.DB}
	case c.Kind == claims.Rate:
		if has(microWords) && !has(httpWords) {
			return []measure.Kind{measure.Micro}
		}
		return []measure.Kind{measure.HTTP}
	case c.Kind == claims.Connections:
		return []measure.Kind{measure.HTTP}
	case c.Kind == claims.Latency:
		if has(httpWords) {
			return []measure.Kind{measure.HTTP}
		}
		return []measure.Kind{measure.HTTP, measure.Micro}
	case c.Kind == claims.Duration || c.Kind == claims.Throughput:
		if has(httpWords) {
			return []measure.Kind{measure.HTTP}
		}
		return []measure.Kind{measure.Micro, measure.HTTP}
	case c.Kind == claims.Multiplier || c.Kind == claims.Percentage:
		if has(httpWords) {
			return []measure.Kind{measure.HTTP}
		}
	}
	return every
}

// splitWords lower-cases s and cuts it into words at anything but letters
// and digits; "req/sec" gives "req" and "sec", "database-backed" gives
// "database" and "backed".
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// kindNames names kinds for messages: "HTTP", "database", "micro".
func kindNames(ks []measure.Kind) string {
	var names []string
	for _, k := range ks {
		switch k {
		case measure.HTTP:
			names = append(names, "HTTP")
		case measure.DB:
			names = append(names, "database")
		case measure.Micro:
			names = append(names, "micro")
		}
	}
	return strings.Join(names, " or ")
}

// values are the numbers code may hold for a claim's figure: the
// normalised value and, for durations and sizes, the value in the usual
// units (4.3 ms is 0.0043 s and 4.3; 45 MB is 4.5e7 B and 45).
func values(c *docs.Claim) []float64 {
	var out []float64
	for _, v := range c.Values {
		out = append(out, v)
		switch c.Unit {
		case "s":
			out = append(out, v*1e3, v*1e6, v*1e9)
		case "B", "B/s":
			out = append(out, v/1e3, v/1e6, v/1e9, v/(1<<10), v/(1<<20), v/(1<<30))
		}
	}
	return out
}
