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
// it; a figure typed into code as a result, a linked benchmark that is
// simulated, a link to a missing path, a database figure with no
// benchmark running a query, and a kind whose only benchmarks are
// simulated each explain it; a results file holding the figure backs it
// when a real benchmark of the kind exists; results files without it, or
// nothing, explain it.
func (x *evidenceIndex) judge(c *docs.Claim) (evidence, bool) {
	if c.CitesOutside() {
		return evidence{}, true
	}
	kinds := kindsOf(c)
	for _, r := range c.Refs {
		if r.Exists && x.linkedMeasures(r.Path, kinds, c) {
			return evidence{}, true
		}
	}
	if e, ok := x.typedIn(c); ok {
		return e, false
	}
	if e, ok := x.linkedSimulated(c, kinds); ok {
		return e, false
	}
	for _, r := range c.Refs {
		if r.Missing && wantsScript(r.Path) {
			return evidence{why: fmt.Sprintf("it points to %s, which does not exist in the repository", r.Path)}, false
		}
	}
	if len(kinds) == 1 && kinds[0] == measure.DB && !x.queries {
		return evidence{why: "it is a database figure, but no benchmark in the repository runs a query"}, false
	}
	kf := x.kinds(kinds)
	if !kf.measured && len(kf.sims) > 0 {
		return onlySimulated(kf.sims, kinds), false
	}
	if rf := x.holding(c, ""); rf != nil {
		// A results file is the record of a run only when something in
		// the repository could have run it.
		if kf.measured {
			return evidence{}, true
		}
		return evidence{why: fmt.Sprintf("%s records it, but no benchmark in the repository measures %s figures", rf.Path, kindNames(kinds)),
			related: []place{{path: rf.Path, message: "records the figure"}}}, false
	}
	if e, ok := x.closestResults(c); ok {
		return e, false
	}
	return nothing(kf, kinds), false
}

// linkedMeasures: the linked file, or a benchmark in the linked folder,
// measures one of the kinds, or the linked file (or one in the linked
// folder) is a results file holding the figure.
func (x *evidenceIndex) linkedMeasures(p string, kinds []measure.Kind, c *docs.Claim) bool {
	for b := range x.m.InFile(p) {
		if measuresAny(b, kinds) {
			return true
		}
	}
	return x.folderMeasures(p, kinds) || x.holding(c, p) != nil
}

func measuresAny(b *measure.Benchmark, kinds []measure.Kind) bool {
	for _, k := range kinds {
		if b.Measures(k) {
			return true
		}
	}
	return false
}

// typedIn finds the figure stored in code as a result (CVT101's literals).
func (x *evidenceIndex) typedIn(c *docs.Claim) (evidence, bool) {
	var e evidence
	seen := map[source.Span]bool{}
	for _, v := range values(c) {
		x.literals.equal(v, func(l *measure.Literal) {
			if seen[l.Span] {
				return
			}
			seen[l.Span] = true
			e.related = append(e.related, place{path: l.Path, span: l.Span,
				message: fmt.Sprintf("%s is typed in as a result, not measured (%s)", l.Text, l.Why)})
		})
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
func (x *evidenceIndex) linkedSimulated(c *docs.Claim, kinds []measure.Kind) (evidence, bool) {
	for _, r := range c.Refs {
		if !r.Exists {
			continue
		}
		for b := range x.m.InFile(r.Path) {
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
func onlySimulated(sims []*measure.Benchmark, kinds []measure.Kind) evidence {
	e := evidence{why: fmt.Sprintf("the only %s benchmark, %s, is simulated: %s", kindNames(kinds), where(sims[0]), sims[0].Simulated)}
	if len(sims) > 1 {
		e.why = fmt.Sprintf("every %s benchmark is simulated (%d); %s: %s", kindNames(kinds), len(sims), where(sims[0]), sims[0].Simulated)
	}
	for _, b := range sims {
		e.related = append(e.related, simulatedAt(b))
	}
	return e
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

// holding returns the first results file holding the figure, at path p or
// under folder p when p is set.
func (x *evidenceIndex) holding(c *docs.Claim, p string) *measure.ResultsFile {
	var found *measure.ResultsFile
	for _, v := range values(c) {
		x.figures.equal(v, func(rf *measure.ResultsFile) {
			if found == nil && (p == "" || rf.Path == p || strings.HasPrefix(rf.Path, p+"/")) {
				found = rf
			}
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// closestResults: results files exist and none holds the figure; the
// closest figure among them is named.
func (x *evidenceIndex) closestResults(c *docs.Claim) (evidence, bool) {
	if len(c.Values) == 0 || x.results == 0 {
		return evidence{}, false
	}
	best := -1
	for _, v := range values(c) {
		if k := x.figures.closest(v); k >= 0 && (best < 0 || relDist(x.figures.values[k], v) < bestDist(x, c, best)) {
			best = k
		}
	}
	if best < 0 {
		return evidence{why: fmt.Sprintf("none of the %d results files in benchmark folders holds it", x.results)}, true
	}
	fig, rf := x.figures.values[best], x.figures.items[best]
	return evidence{
		why:     fmt.Sprintf("none of the %d results files in benchmark folders holds it (closest: %g in %s)", x.results, fig, rf.Path),
		related: []place{{path: rf.Path, message: fmt.Sprintf("closest recorded figure: %g", fig)}},
	}, true
}

// bestDist is how close recorded figure k comes to any of the claim's
// values.
func bestDist(x *evidenceIndex, c *docs.Claim, k int) float64 {
	d := math.Inf(1)
	for _, v := range values(c) {
		d = math.Min(d, relDist(x.figures.values[k], v))
	}
	return d
}

func relDist(a, b float64) float64 {
	return math.Abs(a-b) / math.Max(math.Max(math.Abs(a), math.Abs(b)), 1e-300)
}

// nothing: no measurement the docs point to. A real benchmark of the kind
// that the docs could link is named when it is plainly one (in a
// benchmark folder, or starting a load generator): code that merely
// imports timeit is no advice.
func nothing(kf *kindFacts, kinds []measure.Kind) evidence {
	if b := kf.suggest; b != nil {
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
	if kf.measured {
		return evidence{why: "the docs point to no benchmark that measures it"}
	}
	return evidence{why: "nothing in the repository measures it"}
}
