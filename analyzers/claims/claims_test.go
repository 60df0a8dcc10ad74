package claims

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// summary is one claim as a line: raw|kind|values unit|qualifiers|peers.
func summary(c Claim) string {
	vals := make([]string, len(c.Values))
	for i, v := range c.Values {
		vals[i] = fmt.Sprintf("%g", v)
	}
	return fmt.Sprintf("%s|%s|%s %s|%s|%s", c.Raw, c.Kind, strings.Join(vals, ","), c.Unit,
		c.Qualifiers, strings.Join(c.Peers, ","))
}

func summaries(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, summary(c))
	}
	return out
}

// recognize runs Default on text as one paragraph at file offset 100,
// checks every span against the text, and that the pre-scan lets it
// through when it holds a claim.
func recognize(t *testing.T, text string) []Claim {
	t.Helper()
	const off = 100
	cs := Default.Recognize(Unit{Offset: off, Text: text})
	if len(cs) > 0 && !MayHoldClaim([]byte(text)) {
		t.Errorf("%q: MayHoldClaim is false but %q is a claim", text, cs[0].Raw)
	}
	for _, c := range cs {
		if c.Span.Start < off || c.Span.End > off+len(text) || text[c.Span.Start-off:c.Span.End-off] != c.Raw {
			t.Errorf("%q: span %v does not hold raw %q", text, c.Span, c.Raw)
		}
	}
	return cs
}

type claimCase struct {
	text string
	want []string
}

func runCases(t *testing.T, cases []claimCase) {
	t.Helper()
	for _, tc := range cases {
		got := summaries(recognize(t, tc.text))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

func TestRates(t *testing.T) {
	runCases(t, []claimCase{
		{"Covet serves 23,450 req/sec on one core.", []string{"23,450 req/sec|rate|23450 /s||"}},
		{"23450 req/s", []string{"23450 req/s|rate|23450 /s||"}},
		{"23.45k rps", []string{"23.45k rps|rate|23450 /s||"}},
		{"50,000 RPS and 1,000 qps and 900 tps", []string{
			"50,000 RPS|rate|50000 /s||", "1,000 qps|rate|1000 /s||", "900 tps|rate|900 /s||"}},
		{"1.2M ops/s", []string{"1.2M ops/s|rate|1.2e+06 /s||"}},
		{"It generates 85 tok/s.", []string{"85 tok/s|rate|85 /s||"}},
		{"We handle 95k+ requests per second.", []string{"95k+ requests per second|rate|95000 /s|plus|"}},
		{"8,234 queries per second, 500 transactions per second, 3 million messages per second and 40 tokens per second",
			[]string{"8,234 queries per second|rate|8234 /s||", "500 transactions per second|rate|500 /s||",
				"3 million messages per second|rate|3e+06 /s||", "40 tokens per second|rate|40 /s||"}},
		{"1,000 operations per second", []string{"1,000 operations per second|rate|1000 /s||"}},
		{"Routing: ~739,165 lookups/second; JSON: ~14,890 serialize ops/s",
			[]string{"~739,165 lookups/second|rate|739165 /s|approx|", "~14,890 serialize ops/s|rate|14890 /s|approx|"}},
		{"6,000 requests per minute", []string{"6,000 requests per minute|rate|100 /s||"}},
		// Emphasis markers a caller left in do not hide the unit.
		{"**23,450** req/s and _4.3_ ms latency", []string{"23,450** req/s|rate|23450 /s||", "4.3_ ms|latency|0.0043 s||"}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, []claimCase{
		{"p99 latency of 4.3 ms", []string{"4.3 ms|latency|0.0043 s||"}},
		{"It parses a header in 850 ns, routes in 2 µs (or 2 μs, 2us) and answers in 1.5 milliseconds.",
			[]string{"850 ns|duration|8.5e-07 s||", "2 µs|duration|2e-06 s||", "2 μs|duration|2e-06 s||",
				"2us|duration|2e-06 s||", "1.5 milliseconds|duration|0.0015 s||"}},
		{"avg 12ms, p50 3 ms, p95 9 ms", []string{"12ms|latency|0.012 s||", "3 ms|latency|0.003 s||", "9 ms|latency|0.009 s||"}},
		{"Cold start in 1.2 s.", []string{"1.2 s|latency|1.2 s||"}},
		{"The response time is 2 seconds.", []string{"2 seconds|latency|2 s||"}},
		{"sub-10ms latency", []string{"10ms|latency|0.01 s|under|"}},
		// Bare seconds need a latency or performance word.
		{"The test suite finishes in 3 seconds.", nil},
		{"Wait 5 s and retry.", nil},
		{"The io benchmarks use 10ms and 100ms long I/O waits.", nil},
		{"Tests run for 10 seconds after a warmup of 3 s, then report latency.", nil},
	})
}

func TestThroughputMemoryConnections(t *testing.T) {
	runCases(t, []claimCase{
		{"It streams 1.5 GB/s and 800 MB/s, 10 Gbps, 100 Mb/s.", []string{
			"1.5 GB/s|throughput|1.5e+09 B/s||", "800 MB/s|throughput|8e+08 B/s||",
			"10 Gbps|throughput|1.25e+09 B/s||", "100 Mb/s|throughput|1.25e+07 B/s||"}},
		{"The memory footprint is 12 MB.", []string{"12 MB|memory|1.2e+07 B||"}},
		{"The binary is 4.2MB and the wheel 900 KB.", []string{"4.2MB|memory|4.2e+06 B||", "900 KB|memory|900000 B||"}},
		{"Peak RSS of 64 MiB.", []string{"64 MiB|memory|6.7108864e+07 B||"}},
		{"It holds 10,000 concurrent connections.", []string{"10,000 concurrent connections|connections|10000 conn||"}},
		{"Handles over 10k concurrent users and 1M websockets.", []string{
			"10k concurrent users|connections|10000 conn|over|", "1M websockets|connections|1e+06 conn||"}},
		// Sizes without a memory word, or sizing an input, are not claims.
		{"Download 12 MB.", nil},
		{"Send a 1 MB payload and measure.", nil},
		{"The memory use with payloads of 2 MB is fine.", nil},
		{"10,000 users signed up.", nil},
		// Sizes that illustrate or describe the reader's setup are not claims.
		{"For example, if your model is 1 GB in size, each process will consume 1 GB of RAM.", nil},
		{"If the server only has 3 GB of RAM, loading more than 4 GB of memory fails.", nil},
		{"And in total, your API will consume 4 GB of RAM.", nil},
	})
}

func TestMultipliersAndPercentages(t *testing.T) {
	runCases(t, []claimCase{
		{"2.7x faster than Django and 1.3x faster than FastAPI.", []string{
			"2.7x|multiplier|2.7 x||Django", "1.3x|multiplier|1.3 x||FastAPI"}},
		{"Rust speedup: 6-20x.", []string{"6-20x|multiplier|6,20 x||"}},
		{"6–20x faster, 2x-3x faster, 3 to 5x, 2.7 x faster", []string{
			"6–20x|multiplier|6,20 x||", "2x-3x|multiplier|2,3 x||", "3 to 5x|multiplier|3,5 x||", "2.7 x|multiplier|2.7 x||"}},
		{"10 times faster than Flask", []string{"10 times|multiplier|10 x||Flask"}},
		{"a 10-fold increase in throughput", []string{"10-fold|multiplier|10 x||"}},
		{"30% faster than Flask, +45% throughput.", []string{
			"30%|percentage|30 %||Flask", "+45%|percentage|45 %||"}},
		{"It reduces latency by 40%.", []string{"40%|percentage|40 %||"}},
		{"-30% memory", []string{"-30%|percentage|-30 %||"}},
		// Another figure's words are its own.
		{"Covet is 2.7x faster than Django and has 100% test coverage.", []string{"2.7x|multiplier|2.7 x||Django"}},
		// Not performance: shares, coverage, productivity, dimensions.
		{"10 times in a row", nil},
		{"1920x1080 screen, 0x1F, 3x3 grid", nil},
		{"Run on an AMD Ryzen 7 5700X with 16 CPUs.", nil},
		{"It is 3X faster.", []string{"3X|multiplier|3 x||"}},
		{"a 10x developer", nil},
	})
}

func TestQualifiers(t *testing.T) {
	runCases(t, []claimCase{
		{"up to 95k+ req/s", []string{"95k+ req/s|rate|95000 /s|up to,plus|"}},
		{"over 50,000 req/s; more than 1,000 rps; at least 20 rps; > 5 rps", []string{
			"50,000 req/s|rate|50000 /s|over|", "1,000 rps|rate|1000 /s|over|", "20 rps|rate|20 /s|over|", "5 rps|rate|5 /s|over|"}},
		{"~475 req/s, about 500 rps, roughly 2x faster, ≈3 ms latency", []string{
			"~475 req/s|rate|475 /s|approx|", "500 rps|rate|500 /s|approx|", "2x|multiplier|2 x|approx|", "≈3 ms|latency|0.003 s|approx|"}},
		{"less than 1 ms latency, under 5 ms", []string{"1 ms|latency|0.001 s|under|", "5 ms|latency|0.005 s|under|"}},
	})
}

func TestNotClaims(t *testing.T) {
	for _, text := range []string{
		"Released in 2023, rewritten in 2024.",
		"Version 1.2.3, v2.0 and Python 3.12 are supported; 3.x too.",
		"1,200 tests, 300 files, 10k stars, 5,000 users and 40 contributors.",
		"Pro plan: $5/month, €20 per seat, 99 USD.",
		"100% test coverage.",
		"Coverage: 95%.",
		"80% of the users prefer it.",
		"Increase the speed to develop features by 200%.",
		"40% fewer bugs.",
		"Ship features 3x faster with less boilerplate.",
		"width: 20%; height: 50%",
		`<div style="width: 20%">`,
		`align="50%"`,
		"Fixed in #123 and #4567.",
		"On 2024-01-15 at 12:30 we met.",
		"Page 1/2.",
		"Send a 1 MB payload.",
		"Timeout of 30 s, a rate limit of 100 req/s and a max body size of 10 MB.",
		"See https://example.com/issues/123/500ms for details.",
		"A 20% discount for students.",
		"Fix 100% CPU usage on HTTP GET.",
		"Limit the default maximum output size of 32MiB per call.",
		"Raise the message size on reading to 4 MB by default.",
		"Errors are expected with TLS 1.3 connections.",
		"Litestar provides 2 test clients.",
		"Telegram Mini Apps time out after 60 seconds.",
		"A control-frame size > 125 bytes is a protocol violation.",
		"It bypasses any size restrictions (asyncio reads upto 256 KiB from the socket at a time).",
		"Parts of aiohttp assume that 256 KiB are being loaded into memory all the time.",
	} {
		if got := summaries(recognize(t, text)); len(got) != 0 {
			t.Errorf("%q: claims %q, want none", text, got)
		}
	}
}

// TestCodeSpansBlanked: the caller blanks code spans; a figure in one is
// gone, and the offsets of what follows stay true.
func TestCodeSpansBlanked(t *testing.T) {
	text := "Run `bench --rps 5000 --latency 4ms` to see 23,450 req/s."
	open := strings.IndexByte(text, '`')
	end := strings.LastIndexByte(text, '`') + 1
	blanked := Blank(text, []source.Span{{Start: open, End: end}})
	if len(blanked) != len(text) {
		t.Fatalf("Blank changed the length")
	}
	cs := recognize(t, blanked)
	if got := summaries(cs); !reflect.DeepEqual(got, []string{"23,450 req/s|rate|23450 /s||"}) {
		t.Fatalf("got %q", got)
	}
	if at := strings.Index(text, "23,450"); cs[0].Span.Start != 100+at {
		t.Errorf("span starts at %d, want %d", cs[0].Span.Start, 100+at)
	}
}

// TestAnyLanguage: a figure with a unit is a claim in any language.
func TestAnyLanguage(t *testing.T) {
	runCases(t, []claimCase{
		{"Die Latenz liegt bei 4,3 ms und der Durchsatz bei 23450 req/s.", []string{
			"4,3 ms|duration|0.0043 s||", "23450 req/s|rate|23450 /s||"}},
		{"吞吐量达到23,450 req/s，延迟4.3ms。", []string{"23,450 req/s|rate|23450 /s||", "4.3ms|duration|0.0043 s||"}},
		{"Procesa hasta 95k+ req/s con una latencia de 4.3 ms.", []string{
			"95k+ req/s|rate|95000 /s|plus|", "4.3 ms|duration|0.0043 s||"}},
		{"Es 2,7x más rápido que Django.", []string{"2,7x|multiplier|2.7 x||Django"}},
	})
}

func TestComparisonsWithoutFigures(t *testing.T) {
	runCases(t, []claimCase{
		{"Covet outperforms FastAPI in every test.", []string{"outperforms|comparison| ||FastAPI"}},
		{"It is faster than Django and Flask.", []string{"faster|comparison| ||Django,Flask"}},
		{"It outperforms everything.", nil},
		{"Let's go faster than ever.", nil},
		{"We beat go and express.", nil},
		{"Benchmarks vs Node.js and Go: 2x faster.", []string{"2x|multiplier|2 x||Node.js,Go"}},
		{"It is at least 2x faster than nodejs, gevent and any node in the cluster.", []string{"2x|multiplier|2 x|over|Node.js,gevent"}},
	})
}

func TestAbout(t *testing.T) {
	cs := recognize(t, "Simple JSON responses reach 23,450 req/sec on one core.")
	if len(cs) != 1 || cs[0].About != "Simple JSON responses reach on one core" {
		t.Fatalf("about = %q", cs[0].About)
	}
}

func TestCitations(t *testing.T) {
	cases := []struct {
		unit  Unit
		cited bool
		links []string
	}{
		{Unit{Text: "23,450 req/s on one core."}, false, nil},
		{Unit{Text: "23,450 req/s (see https://example.com/bench)."}, true, []string{"https://example.com/bench"}},
		{Unit{Text: "23,450 req/s, measured by benchmarks/run_http.py."}, true, []string{"benchmarks/run_http.py"}},
		{Unit{Text: "23,450 req/s, run bench_http.py yourself."}, true, []string{"bench_http.py"}},
		{Unit{Text: "23,450 req/s according to TechEmpower."}, true, nil},
		{Unit{Text: "23,450 req/s in the results.", Links: []Link{{Span: source.Span{Start: 20, End: 27}, Target: "bench/results.md"}}},
			true, []string{"bench/results.md"}},
		{Unit{Text: "Faster than Node.js: 23,450 req/s."}, false, nil},
	}
	for _, tc := range cases {
		cs := Default.Recognize(tc.unit)
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims", tc.unit.Text, len(cs))
		}
		var targets []string
		for _, l := range cs[0].Links {
			targets = append(targets, l.Target)
		}
		if cs[0].Cited != tc.cited || !reflect.DeepEqual(targets, tc.links) {
			t.Errorf("%q: cited %v links %q, want %v %q", tc.unit.Text, cs[0].Cited, targets, tc.cited, tc.links)
		}
	}
}

func TestConfigurablePeers(t *testing.T) {
	r := New([]Peer{{Name: "Blacksheep"}, {Name: "Go", ExactCase: true}})
	cs := r.Recognize(Unit{Text: "3x faster than blacksheep, 2x faster than Go, 4x faster than go."})
	want := []string{"3x|multiplier|3 x||Blacksheep", "2x|multiplier|2 x||Go", "4x|multiplier|4 x||"}
	if got := summaries(cs); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseNumber(t *testing.T) {
	for s, want := range map[string]float64{
		"23,450": 23450, "1,234.5": 1234.5, "4,3": 4.3, "1.234.567": 1234567, "1.234,5": 1234.5,
		"23.450": 23.45, "7": 7, "0.5": 0.5,
	} {
		if got, ok := parseNumber(s); !ok || got != want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"1.2.3", "1,2,3", "12,3456", "1234567890123456789012345"} {
		if v, ok := parseNumber(s); ok {
			t.Errorf("parseNumber(%q) = %v, want not a number", s, v)
		}
	}
}
