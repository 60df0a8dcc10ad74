package blocking

import (
	"iter"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// View is the classification as one rule sees it: the built-in tables with
// that rule's extras applied to Python callees.
type View struct {
	res   *Result
	extra Extra
}

// With returns the view of a rule with these extras.
func (r *Result) With(e Extra) *View { return &View{res: r, extra: e} }

// Allowed tells whether the rule's extra-allowed option names this dotted
// name (a callee, or a repository function's qualified name).
func (v *View) Allowed(name string) bool { return v.extra.Allowed.Match(name) }

// Python yields the blocking calls of a Python file in source order (outer
// calls before the calls inside them).
func (v *View) Python(path string) iter.Seq2[*python.Call, Hit] {
	return func(yield func(*python.Call, Hit) bool) {
		if v.extra.empty() {
			for _, f := range v.res.python[path] {
				if !yield(f.call, f.hit) {
					return
				}
			}
			return
		}
		for c, h := range v.PythonCalls(path) {
			if h.Blocks() && !yield(c, h) {
				return
			}
		}
	}
}

// PythonCalls yields every call of a Python file in source order, each
// with how it blocks: a zero Hit when it does not.
func (v *View) PythonCalls(path string) iter.Seq2[*python.Call, Hit] {
	return func(yield func(*python.Call, Hit) bool) {
		ff := v.res.py.Files[path]
		if ff == nil {
			return
		}
		hits := v.res.python[path]
		for i := range ff.Calls {
			c := &ff.Calls[i]
			var h Hit
			if len(hits) > 0 && hits[0].call == c {
				h, hits = hits[0].hit, hits[1:]
			}
			if !v.extra.empty() {
				h = v.withExtra(c, h)
			}
			if !yield(c, h) {
				return
			}
		}
	}
}

// Rust yields the blocking calls of a Rust file in source order. Extras do
// not apply: they name Python callees.
func (v *View) Rust(path string) iter.Seq2[*rust.Call, Hit] {
	return func(yield func(*rust.Call, Hit) bool) {
		for _, f := range v.res.rust[path] {
			if !yield(f.call, f.hit) {
				return
			}
		}
	}
}
