package measure

import (
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	py, rs := python.Of(pass), rust.Of(pass)
	r := newResult()
	for _, p := range py.Paths {
		f := set.File(p)
		if why, ok := BenchmarkPath(p); ok {
			r.add(&Benchmark{Path: p, Lang: source.Python, Span: source.Span{End: len(f.Src)}, Why: why})
		}
	}
	for _, p := range rs.Paths {
		f := set.File(p)
		if why, ok := BenchmarkPath(p); ok {
			r.add(&Benchmark{Path: p, Lang: source.Rust, Span: source.Span{End: len(f.Src)}, Why: why})
		}
	}
	r.finish()
	return r, nil
}

func (r *Result) add(b *Benchmark) { r.benchmarks[b.Path] = append(r.benchmarks[b.Path], b) }
