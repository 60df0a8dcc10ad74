package measure

import (
	"iter"
	"math"
	"slices"
	"sort"
	"strings"
)

// Result is what the repository measures.
type Result struct {
	benchmarks map[string][]*Benchmark // by path, in position order
	literals   map[string][]*Literal   // by path, in position order
	results    map[string]*ResultsFile
	paths      []string // every key of the three maps, sorted
}

func newResult() *Result {
	return &Result{benchmarks: map[string][]*Benchmark{}, literals: map[string][]*Literal{}, results: map[string]*ResultsFile{}}
}

// finish sorts what the run collected, so iteration never depends on
// scheduling.
func (r *Result) finish() {
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			r.paths = append(r.paths, p)
		}
	}
	for p, bs := range r.benchmarks {
		sort.SliceStable(bs, func(i, j int) bool { return bs[i].Span.Start < bs[j].Span.Start })
		add(p)
	}
	for p, ls := range r.literals {
		sort.SliceStable(ls, func(i, j int) bool { return ls[i].Span.Start < ls[j].Span.Start })
		add(p)
	}
	for p := range r.results {
		add(p)
	}
	sort.Strings(r.paths)
}

// Measures reports whether the benchmark really measures figures of kind k:
// it does k's kind of work, and is not simulated. Network I/O measures
// requests when the benchmark starts a load tool, or reports request
// figures or nothing in-process (not a micro-benchmark that downloads its
// test data).
func (b *Benchmark) Measures(k Kind) bool {
	if b.Simulated != "" {
		return false
	}
	switch k {
	case HTTP:
		return b.LoadTool != "" || b.Network && (slices.Contains(b.Reports, HTTP) || !slices.Contains(b.Reports, Micro))
	case DB:
		return b.Queries
	case Micro:
		return b.Timed
	}
	return false
}

// Benchmarks yields every benchmark, by path then position.
func (r *Result) Benchmarks() iter.Seq[*Benchmark] {
	return func(yield func(*Benchmark) bool) {
		for _, p := range r.paths {
			for _, b := range r.benchmarks[p] {
				if !yield(b) {
					return
				}
			}
		}
	}
}

// InFile yields the benchmarks of one file (a path the docs link to).
func (r *Result) InFile(path string) iter.Seq[*Benchmark] {
	return func(yield func(*Benchmark) bool) {
		for _, b := range r.benchmarks[strings.TrimPrefix(path, "./")] {
			if !yield(b) {
				return
			}
		}
	}
}

// Literals yields every hardcoded result, by path then position.
func (r *Result) Literals() iter.Seq[*Literal] {
	return func(yield func(*Literal) bool) {
		for _, p := range r.paths {
			for _, l := range r.literals[p] {
				if !yield(l) {
					return
				}
			}
		}
	}
}

// LiteralsOf yields the hardcoded results equal to v (relative tolerance
// 1e-9, so 23,450 in the docs matches 23450 and 23.45e3 in code).
func (r *Result) LiteralsOf(v float64) iter.Seq[*Literal] {
	return func(yield func(*Literal) bool) {
		for l := range r.Literals() {
			if Equal(l.Value, v) && !yield(l) {
				return
			}
		}
	}
}

// Equal compares two figures with a relative tolerance of 1e-9.
func Equal(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// ResultsFiles yields the results files, by path.
func (r *Result) ResultsFiles() iter.Seq[*ResultsFile] {
	return func(yield func(*ResultsFile) bool) {
		for _, p := range r.paths {
			if rf, ok := r.results[p]; ok && !yield(rf) {
				return
			}
		}
	}
}

// PeersRun is every peer some real (not simulated) benchmark runs, with
// the first benchmark that runs it.
func (r *Result) PeersRun() map[string]*Benchmark {
	out := map[string]*Benchmark{}
	for b := range r.Benchmarks() {
		if b.Simulated != "" {
			continue
		}
		for _, p := range b.Peers {
			if _, ok := out[p]; !ok {
				out[p] = b
			}
		}
	}
	return out
}
