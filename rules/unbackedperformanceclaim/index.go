package unbackedperformanceclaim

import (
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// evidenceIndex is what the repository measures, indexed once per run so
// that judging each claim costs a few lookups, however many claims,
// benchmarks, literals and recorded figures there are.
type evidenceIndex struct {
	m          *measure.Result
	benchmarks []*measure.Benchmark
	queries    bool // some real benchmark runs a query
	literals   valueIndex[*measure.Literal]
	figures    valueIndex[*measure.ResultsFile]
	results    int // how many results files
	byKinds    map[string]*kindFacts
	byFolder   map[string]bool // folder+kinds -> a benchmark in it measures them
}

// kindFacts are the benchmarks that matter for claims of some kinds.
type kindFacts struct {
	measured bool                 // some real benchmark measures one of the kinds
	sims     []*measure.Benchmark // simulated ones reporting the kinds
	suggest  *measure.Benchmark   // a plain benchmark of the kinds to link
}

func newEvidenceIndex(m *measure.Result) *evidenceIndex {
	x := &evidenceIndex{m: m, byKinds: map[string]*kindFacts{}, byFolder: map[string]bool{}}
	for b := range m.Benchmarks() {
		x.benchmarks = append(x.benchmarks, b)
		x.queries = x.queries || b.Queries && b.Simulated == ""
	}
	for l := range m.Literals() {
		x.literals.add(l.Value, l)
	}
	for rf := range m.ResultsFiles() {
		x.results++
		for _, f := range rf.Figures {
			x.figures.add(f, rf)
		}
	}
	x.literals.sort()
	x.figures.sort()
	return x
}

func kindsKey(kinds []measure.Kind) string {
	var b strings.Builder
	for _, k := range kinds {
		b.WriteString(string(k))
		b.WriteByte(',')
	}
	return b.String()
}

// kinds returns the facts for claims of these kinds, computed once.
func (x *evidenceIndex) kinds(kinds []measure.Kind) *kindFacts {
	key := kindsKey(kinds)
	if kf, ok := x.byKinds[key]; ok {
		return kf
	}
	kf := &kindFacts{}
	for _, b := range x.benchmarks {
		switch {
		case measuresAny(b, kinds):
			kf.measured = true
			if kf.suggest == nil && (source.InBenchmarkFolder(b.Path) || b.LoadTool != "") {
				kf.suggest = b
			}
		case b.Simulated != "" && reportsAny(b, kinds):
			kf.sims = append(kf.sims, b)
		}
	}
	x.byKinds[key] = kf
	return kf
}

// folderMeasures: a benchmark under folder dir measures one of the kinds.
func (x *evidenceIndex) folderMeasures(dir string, kinds []measure.Kind) bool {
	key := dir + "\x00" + kindsKey(kinds)
	if v, ok := x.byFolder[key]; ok {
		return v
	}
	v := false
	for _, b := range x.benchmarks {
		if strings.HasPrefix(b.Path, dir+"/") && measuresAny(b, kinds) {
			v = true
			break
		}
	}
	x.byFolder[key] = v
	return v
}

// valueIndex finds items by a figure's value, with measure.Equal's
// tolerance, and the item closest to a value.
type valueIndex[T any] struct {
	values []float64
	items  []T
}

func (vi *valueIndex[T]) add(v float64, it T) {
	vi.values = append(vi.values, v)
	vi.items = append(vi.items, it)
}

func (vi *valueIndex[T]) sort() {
	sort.Stable(byValue[T]{vi})
}

type byValue[T any] struct{ vi *valueIndex[T] }

func (s byValue[T]) Len() int           { return len(s.vi.values) }
func (s byValue[T]) Less(i, j int) bool { return s.vi.values[i] < s.vi.values[j] }
func (s byValue[T]) Swap(i, j int) {
	s.vi.values[i], s.vi.values[j] = s.vi.values[j], s.vi.values[i]
	s.vi.items[i], s.vi.items[j] = s.vi.items[j], s.vi.items[i]
}

// equal yields the items whose value equals v, in index order.
func (vi *valueIndex[T]) equal(v float64, yield func(T)) {
	lo := sort.SearchFloat64s(vi.values, v)
	for lo > 0 && measure.Equal(vi.values[lo-1], v) {
		lo--
	}
	for k := lo; k < len(vi.values) && measure.Equal(vi.values[k], v); k++ {
		yield(vi.items[k])
	}
}

// closest returns the index of the value nearest to v in relative terms:
// one of its two neighbours in sorted order; -1 when empty.
func (vi *valueIndex[T]) closest(v float64) int {
	i := sort.SearchFloat64s(vi.values, v)
	best := -1
	for _, k := range []int{i - 1, i} {
		if k >= 0 && k < len(vi.values) && (best < 0 || relDist(vi.values[k], v) < relDist(vi.values[best], v)) {
			best = k
		}
	}
	return best
}
