package measure

import (
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	r := newResult()
	var units []*unit
	pys := readPythonFiles(set, python.Of(pass))
	for _, pf := range pys {
		units = append(units, pf.units()...)
	}
	rss := readRustFiles(set, rust.Of(pass))
	for _, rf := range rss {
		units = append(units, rf.units()...)
	}
	propagate(units)
	for _, pf := range pys {
		for _, b := range pf.benchmarks() {
			r.add(b)
		}
	}
	for _, rf := range rss {
		for _, b := range rf.benchmarks() {
			r.add(b)
		}
	}
	for _, f := range set.Files {
		if b := readScript(f); b != nil {
			r.add(b)
		}
		if rf := readResultsFile(f); rf != nil {
			r.results[rf.Path] = rf
		}
	}
	r.finish()
	return r, nil
}

func (r *Result) add(b *Benchmark) { r.benchmarks[b.Path] = append(r.benchmarks[b.Path], b) }

// toBenchmark turns a unit found to be benchmark code into a Benchmark,
// judging whether its figures are simulated.
func (u *unit) toBenchmark(lang source.Lang, why string) *Benchmark {
	b := &Benchmark{Path: u.path, Lang: lang, Name: u.name, Span: u.span, NameSpan: u.named, Why: why,
		Timed: u.timed, Network: u.network || u.loadTool != "", LoadTool: u.loadTool, Queries: u.queries, Peers: u.peers}
	// A Python benchmark's name says what it reports; a Rust bench's name
	// does not (the harness reports time per iteration, and hyper's
	// "http1_req_10b" is about a request body).
	http, db := u.http, u.db
	if lang == source.Python {
		http, db = http || u.httpByName, db || u.dbByName
	}
	if http || u.httpByName {
		b.Reports = append(b.Reports, HTTP)
	}
	if db || u.dbByName {
		b.Reports = append(b.Reports, DB)
	}
	if u.micro || (u.timed && !http && !db) {
		b.Reports = append(b.Reports, Micro)
	}
	evidence := func(note string, spans ...source.Span) {
		for _, s := range spans {
			if len(b.Evidence) < 4 {
				b.Evidence, b.Notes = append(b.Evidence, s), append(b.Notes, note)
			}
		}
	}
	switch {
	case len(u.suspects) > 0 && u.timed:
		b.Simulated = u.suspects[0].why
		evidence("not awaited", u.suspects[0].span)
		evidence("the timed loop", u.loops...)
		evidence("reads the clock", u.timers...)
	case http && u.timed && !b.Network:
		what := "it only calls functions"
		if u.sleeps {
			what = "it only calls functions and sleeps"
		}
		if len(u.loops) > 0 || u.harness != "" {
			what += " in a timed loop"
		} else {
			what += " between timer reads"
		}
		b.Simulated = "reports request figures but performs no network I/O: " + what
		evidence("the timed loop", u.loops...)
		evidence("reads the clock", u.timers...)
	case db && !u.queries && u.timed:
		b.Simulated = "reports database figures but never runs a query"
		evidence("reads the clock", u.timers...)
	}
	return b
}
