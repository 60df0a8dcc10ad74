// Package measure finds what a repository measures, from the facts of the
// front-ends' single parse of each file and a line scan of scripts: its
// benchmark code, what each benchmark times and reports, whether it does the
// I/O its figures are about, which peers it runs, the results files it
// keeps, and the numeric literals stored as results instead of measured.
//
// It is a facts analyzer and reports nothing: CVT101 reports its hardcoded
// literals, CVT103 its simulated benchmarks, and CVT102 and CVT104 read it as
// the evidence behind the figures in the documentation. Because the evidence
// lives here, a claim's verdict never depends on which rules are enabled.
package measure

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Kind is what a benchmark's figures are about.
type Kind string

const (
	// HTTP: requests or responses of a server, req/s and request latency.
	HTTP Kind = "http"
	// DB: database queries.
	DB Kind = "db"
	// Micro: timings of functions called in-process (ops/s, ns per call,
	// serialisation, routing lookups).
	Micro Kind = "micro"
)

// Benchmark is one piece of benchmark code: a function, a criterion group,
// a whole script (Python run as a script, shell, Makefile target, k6 file).
type Benchmark struct {
	Path string      `json:"path"`
	Lang source.Lang `json:"lang"`
	// Name is the function, group or target; empty for a whole file.
	Name string `json:"name,omitempty"`
	// Span is the function's definition, or the whole file.
	Span source.Span `json:"span"`
	// NameSpan is the function's name, where findings are anchored; zero
	// for a whole file.
	NameSpan source.Span `json:"name_span"`
	// Why says what makes it benchmark code: "in benchmarks/",
	// "imports pytest_benchmark", "#[bench]", "criterion group",
	// "starts wrk".
	Why string `json:"why"`
	// Timed: it reads a timer or runs under a benchmark harness.
	Timed bool `json:"timed,omitempty"`
	// Network: it performs network I/O (sockets, HTTP clients, servers
	// it starts, load generators).
	Network bool `json:"network,omitempty"`
	// LoadTool is the load generator it starts (wrk, ab, hey, oha, k6,
	// locust, vegeta, bombardier, h2load), if any.
	LoadTool string `json:"load_tool,omitempty"`
	// Queries: it runs a database query.
	Queries bool `json:"queries,omitempty"`
	// Peers are the compared projects it runs (imports of, or apps built
	// with, FastAPI, Django, ...), by the names claims.DefaultPeers use.
	Peers []string `json:"peers,omitempty"`
	// Reports are the kinds of figure it reports, read from metric names,
	// labels and strings (req/s, latency, queries).
	Reports []Kind `json:"reports,omitempty"`
	// Simulated, when not empty, says why its figures are not what they
	// claim: "reports requests per second but performs no network I/O;
	// it only calls functions in a timed loop".
	Simulated string `json:"simulated,omitempty"`
	// Evidence are the places that show it (the timer, the loop, the
	// un-awaited call), for related locations.
	Evidence []source.Span `json:"evidence,omitempty"`
	// Notes say what each of Evidence shows ("reads the clock", "the timed
	// loop", "not awaited"), for the related locations' messages.
	Notes []string `json:"notes,omitempty"`
}

// Literal is a number stored as a benchmark result instead of measured.
type Literal struct {
	Path  string      `json:"path"`
	Span  source.Span `json:"span"`
	Value float64     `json:"value"`
	Text  string      `json:"text"`
	// Key is the metric-like key or name it is stored under ("rps",
	// "latency_ms") or the name of the container written out as results.
	Key string `json:"key"`
	// Why is the reason in words, for the message: `under the metric key
	// "rps" in benchmark code`, `in a list plotted as results`.
	Why string `json:"why"`
}

// ResultsFile is a file of results under a benchmark folder (.md, .json,
// .csv): evidence of what was measured, with the numbers it holds.
type ResultsFile struct {
	Path    string    `json:"path"`
	Figures []float64 `json:"figures"`
}

// Analyzer computes the Result.
var Analyzer = &analysis.Analyzer{
	Name:       "measure",
	Doc:        "finds benchmark code, what it measures, results files and hardcoded results; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the result; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }
