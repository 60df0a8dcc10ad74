package unbackedperformanceclaim

import (
	"fmt"
	"math"
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// evidence is why a claim is unbacked: the words for the message and the
// places that show it.
type evidence struct {
	why     string
	related []place
	// typed: the figure is a literal in code; its places are worth
	// showing even when another figure of the line is reported.
	typed bool
}

// place is a related location: a span of a file, or its first line when
// the span is empty.
type place struct {
	path    string
	span    source.Span
	message string
}

// judge tells whether a claim is backed, and if not, why. In order: an
// outside source or a linked script that measures the claim's kind backs
// it; a figure typed into code as a result, a link to a missing path, a
// database figure with no benchmark running a query, and a kind whose
// only benchmarks are simulated each explain it; a results file holding
// the figure backs it; results files without it, or nothing, explain it.
func judge(m *measure.Result, c *docs.Claim) (evidence, bool) {
	if c.CitesOutside() {
		return evidence{}, true
	}
	kinds := kindsOf(c)
	for _, r := range c.Refs {
		if r.Exists && linkedMeasures(m, r.Path, kinds, c) {
			return evidence{}, true
		}
	}
	if e, ok := typedIn(m, c); ok {
		return e, false
	}
	if e, ok := linkedSimulated(m, c, kinds); ok {
		return e, false
	}
	for _, r := range c.Refs {
		if r.Missing && wantsScript(r.Path) {
			return evidence{why: fmt.Sprintf("it points to %s, which does not exist in the repository", r.Path)}, false
		}
	}
	if kinds[0] == measure.DB && len(kinds) == 1 && !someBenchmark(m, func(b *measure.Benchmark) bool { return b.Queries && b.Simulated == "" }) {
		return evidence{why: "it is a database figure, but no benchmark in the repository runs a query"}, false
	}
	if e, ok := onlySimulated(m, kinds); ok {
		return e, false
	}
	if rf := holdsFigure(m, c); rf != nil {
		// A results file is the record of a run only when something in
		// the repository could have run it.
		if someBenchmark(m, func(b *measure.Benchmark) bool { return measuresAny(b, kinds) }) {
			return evidence{}, true
		}
		return evidence{why: fmt.Sprintf("%s records it, but no benchmark in the repository measures %s figures", rf.Path, kindNames(kinds)),
			related: []place{{path: rf.Path, message: "records the figure"}}}, false
	}
	if e, ok := closestResults(m, c); ok {
		return e, false
	}
	return nothing(m, kinds), false
}

// linkedMeasures: the linked file, or a benchmark in the linked folder,
// measures one of the kinds, or the linked file is a results file holding
// the figure.
func linkedMeasures(m *measure.Result, p string, kinds []measure.Kind, c *docs.Claim) bool {
	for b := range m.InFile(p) {
		if measuresAny(b, kinds) {
			return true
		}
	}
	dir := p + "/"
	found := false
	for b := range m.Benchmarks() {
		if strings.HasPrefix(b.Path, dir) && measuresAny(b, kinds) {
			found = true
			break
		}
	}
	if found {
		return true
	}
	for rf := range m.ResultsFiles() {
		if (rf.Path == p || strings.HasPrefix(rf.Path, dir)) && holds(rf, c) {
			return true
		}
	}
	return false
}

func measuresAny(b *measure.Benchmark, kinds []measure.Kind) bool {
	for _, k := range kinds {
		if b.Measures(k) {
			return true
		}
	}
	return false
}

func someBenchmark(m *measure.Result, f func(*measure.Benchmark) bool) bool {
	for b := range m.Benchmarks() {
		if f(b) {
			return true
		}
	}
	return false
}

// typedIn finds the figure stored in code as a result (CVT101's literals).
func typedIn(m *measure.Result, c *docs.Claim) (evidence, bool) {
	var e evidence
	seen := map[source.Span]bool{}
	for _, v := range values(c) {
		for l := range m.LiteralsOf(v) {
			if seen[l.Span] {
				continue
			}
			seen[l.Span] = true
			e.related = append(e.related, place{path: l.Path, span: l.Span,
				message: fmt.Sprintf("%s is typed in as a result, not measured (%s)", l.Text, l.Why)})
		}
	}
	if len(e.related) == 0 {
		return e, false
	}
	e.typed = true
	first := e.related[0]
	e.why = fmt.Sprintf("it is typed into the code as a result, not measured (%s)", first.path)
	if len(e.related) > 1 {
		e.why = fmt.Sprintf("it is typed into the code as a result, not measured (%s and %d more)", first.path, len(e.related)-1)
	}
	return e, true
}

// wantsScript: a missing path is evidence only when it names something
// that measures: a script, or anything under a benchmark folder.
func wantsScript(p string) bool {
	if source.InBenchmarkFolder(p) || source.InBenchmarkFolder(p+"/x") {
		return true
	}
	switch path.Ext(p) {
	case ".py", ".rs", ".sh", ".bash", ".js", ".ts", ".lua", ".ipynb":
		return true
	}
	return false
}

// linkedSimulated: the docs point to a benchmark of the claim's kind that
// is simulated.
func linkedSimulated(m *measure.Result, c *docs.Claim, kinds []measure.Kind) (evidence, bool) {
	for _, r := range c.Refs {
		if !r.Exists {
			continue
		}
		for b := range m.InFile(r.Path) {
			if b.Simulated != "" && reportsAny(b, kinds) {
				return evidence{
					why:     fmt.Sprintf("the benchmark it points to, %s, is simulated: %s", where(b), b.Simulated),
					related: []place{simulatedAt(b)},
				}, true
			}
		}
	}
	return evidence{}, false
}

// simulatedAt is where CVT103 reports the benchmark: its name, else its
// first evidence, else its first line.
func simulatedAt(b *measure.Benchmark) place {
	at := b.NameSpan
	if at == (source.Span{}) && len(b.Evidence) > 0 {
		at = b.Evidence[0]
	}
	if at == (source.Span{}) {
		at = source.Span{Start: b.Span.Start, End: b.Span.Start}
	}
	return place{path: b.Path, span: at, message: fmt.Sprintf("%s is simulated: %s", where(b), b.Simulated)}
}

// onlySimulated: the benchmarks of the claim's kinds are all simulated.
func onlySimulated(m *measure.Result, kinds []measure.Kind) (evidence, bool) {
	var sims []*measure.Benchmark
	for b := range m.Benchmarks() {
		if measuresAny(b, kinds) {
			return evidence{}, false
		}
		if b.Simulated != "" && reportsAny(b, kinds) {
			sims = append(sims, b)
		}
	}
	if len(sims) == 0 {
		return evidence{}, false
	}
	e := evidence{why: fmt.Sprintf("the only %s benchmark, %s, is simulated: %s", kindNames(kinds), where(sims[0]), sims[0].Simulated)}
	if len(sims) > 1 {
		e.why = fmt.Sprintf("every %s benchmark is simulated (%d); %s: %s", kindNames(kinds), len(sims), where(sims[0]), sims[0].Simulated)
	}
	for _, b := range sims {
		e.related = append(e.related, simulatedAt(b))
	}
	return e, true
}

func reportsAny(b *measure.Benchmark, kinds []measure.Kind) bool {
	for _, r := range b.Reports {
		for _, k := range kinds {
			if r == k {
				return true
			}
		}
	}
	return false
}

func where(b *measure.Benchmark) string {
	if b.Name != "" {
		return b.Path + " " + b.Name
	}
	return b.Path
}

// holdsFigure returns the first results file holding the figure.
func holdsFigure(m *measure.Result, c *docs.Claim) *measure.ResultsFile {
	for rf := range m.ResultsFiles() {
		if holds(rf, c) {
			return rf
		}
	}
	return nil
}

func holds(rf *measure.ResultsFile, c *docs.Claim) bool {
	for _, v := range values(c) {
		for _, f := range rf.Figures {
			if measure.Equal(f, v) {
				return true
			}
		}
	}
	return false
}

// closestResults: results files exist and none holds the figure; the
// closest figure among them is named.
func closestResults(m *measure.Result, c *docs.Claim) (evidence, bool) {
	if len(c.Values) == 0 {
		return evidence{}, false
	}
	var best *measure.ResultsFile
	bestFig, bestDist, n := 0.0, math.Inf(1), 0
	for rf := range m.ResultsFiles() {
		n++
		for _, f := range rf.Figures {
			for _, v := range values(c) {
				if d := relDist(f, v); d < bestDist {
					best, bestFig, bestDist = rf, f, d
				}
			}
		}
	}
	if n == 0 {
		return evidence{}, false
	}
	if best == nil {
		return evidence{why: fmt.Sprintf("none of the %d results files in benchmark folders holds it", n)}, true
	}
	return evidence{
		why:     fmt.Sprintf("none of the %d results files in benchmark folders holds it (closest: %g in %s)", n, bestFig, best.Path),
		related: []place{{path: best.Path, message: fmt.Sprintf("closest recorded figure: %g", bestFig)}},
	}, true
}

func relDist(a, b float64) float64 {
	return math.Abs(a-b) / math.Max(math.Max(math.Abs(a), math.Abs(b)), 1e-300)
}

// nothing: no measurement the docs point to. A real benchmark of the kind
// that the docs could link is named when it is plainly one (in a
// benchmark folder, or starting a load generator): code that merely
// imports timeit is no advice.
func nothing(m *measure.Result, kinds []measure.Kind) evidence {
	measured := false
	for b := range m.Benchmarks() {
		if !measuresAny(b, kinds) {
			continue
		}
		measured = true
		if !source.InBenchmarkFolder(b.Path) && b.LoadTool == "" {
			continue
		}
		var its []measure.Kind
		for _, k := range kinds {
			if b.Measures(k) {
				its = append(its, k)
			}
		}
		return evidence{
			why:     fmt.Sprintf("the docs do not point to a benchmark that measures it (%s measures %s figures: link it)", where(b), kindNames(its)),
			related: []place{{path: b.Path, span: source.Span{Start: b.Span.Start, End: b.Span.Start}, message: "a benchmark the claim could link"}},
		}
	}
	if measured {
		return evidence{why: "the docs point to no benchmark that measures it"}
	}
	return evidence{why: "nothing in the repository measures it"}
}
