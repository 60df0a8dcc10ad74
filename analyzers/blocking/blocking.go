// Package blocking classifies calls that block the thread they run on
// (sleeping, file, network, process and database I/O), in Python and Rust.
// It is a facts analyzer: CVT201 reports blocking calls in async code, and
// CVT202 follows synchronous helpers down to them.
//
// The analyzer classifies with the built-in tables only: a call's callee as
// written, else what pydefs.Index.Expand makes of it (a client from a
// repository factory, a module-level client of another module, a subclass
// of a library client). A rule reads the classification through
// Of(pass).With(extra), or Options.Calls, which applies that rule's own
// extra-blocking and extra-allowed options to both callees.
package blocking

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Hit is how one call blocks: its family and what to use instead.
type Hit struct {
	Family  string `json:"family"`
	Instead string `json:"instead"`
	// Name is how messages name the call when the written callee does not
	// say it (Rust: "std::process::Command::output" for cmd.output();
	// Python: "redis.Redis.from_url().get" for cache.get() when cache came
	// from a repository factory).
	Name string `json:"name,omitempty"`
	// Via are the repository definitions followed to classify the call:
	// the factory, module-level client or library-derived class its value
	// came from (pydefs.Index.Expand); empty when the callee blocks as
	// written.
	Via []pydefs.Origin `json:"via,omitempty"`
}

// Blocks tells whether the call blocks: a zero Hit is a call that does not.
func (h Hit) Blocks() bool { return h.Family != "" }

// found is one blocking call of a front-end's facts.
type found[C any] struct {
	call *C
	hit  Hit
}

// Result holds the blocking calls of every file by the built-in tables,
// with the front-ends' facts they point into.
type Result struct {
	py     *python.Result
	rs     *rust.Result
	python map[string][]found[python.Call]
	rust   map[string][]found[rust.Call]
	// expanded holds the calls whose callee Expand rewrites, so a rule's
	// extras can match what was written and what it stands for.
	expanded map[*python.Call]pydefs.Expansion
}

// Analyzer classifies every call the front-ends found.
var Analyzer = &analysis.Analyzer{
	Name:       "blocking",
	Doc:        "classifies blocking calls in Python and Rust; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer, pydefs.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the classification; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result {
	return pass.ResultOf[Analyzer].(*Result)
}

func run(pass *analysis.Pass) (any, error) {
	py, rs := python.Of(pass), rust.Of(pass)
	res := &Result{py: py, rs: rs, python: map[string][]found[python.Call]{}, rust: map[string][]found[rust.Call]{},
		expanded: map[*python.Call]pydefs.Expansion{}}
	x := pydefs.Of(pass)
	for _, p := range py.Paths {
		calls := py.Files[p].Calls
		for i := range calls {
			if h := res.classify(x, &calls[i]); h.Blocks() {
				res.python[p] = append(res.python[p], found[python.Call]{&calls[i], h})
			}
		}
	}
	for _, p := range rs.Paths {
		calls := rs.Files[p].Calls
		for i := range calls {
			if b, name, ok := lookupRustCall(calls[i]); ok {
				res.rust[p] = append(res.rust[p], found[rust.Call]{&calls[i], Hit{Family: b.Family, Instead: b.Instead, Name: name}})
			}
		}
	}
	return res, nil
}

// lookupRustCall classifies a call as resolved, else through the glob
// imports visible at it, innermost first.
func lookupRustCall(c rust.Call) (Blocking, string, bool) {
	if b, name, ok := LookupRust(c.Callee); ok {
		return b, name, true
	}
	for _, g := range c.Globs {
		if b, name, ok := LookupRustIn(g, c.Callee); ok {
			return b, name, true
		}
	}
	return Blocking{}, "", false
}
