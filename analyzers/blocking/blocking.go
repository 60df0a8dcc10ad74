// Package blocking classifies calls that block the thread they run on
// (sleeping, file, network, process and database I/O), in Python and Rust.
// It is a facts analyzer: CVT201 reports blocking calls in async code, and
// CVT202 follows synchronous helpers down to them.
package blocking

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Hit is one blocking call: its index in the front-end's call list, its
// family and what to use instead.
type Hit struct {
	Call    int    `json:"call"`
	Family  string `json:"family"`
	Instead string `json:"instead"`
	// Name is how messages name the call when the written callee does not
	// say it (Rust: "std::process::Command::output" for cmd.output()).
	Name string `json:"name,omitempty"`
}

// Result holds the blocking calls of every file, by path.
type Result struct {
	Python map[string][]Hit
	// Rust indexes the Calls of the Rust front-end's FileFacts.
	Rust map[string][]Hit
}

// Analyzer classifies every call the front-ends found.
var Analyzer = &analysis.Analyzer{
	Name:       "blocking",
	Doc:        "classifies blocking calls in Python and Rust; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

func run(pass *analysis.Pass) (any, error) {
	py := pass.ResultOf[python.Analyzer].(*python.Result)
	res := &Result{Python: map[string][]Hit{}}
	for _, p := range py.Paths {
		for i, c := range py.Files[p].Calls {
			if b, ok := PythonCall(c); ok {
				res.Python[p] = append(res.Python[p], Hit{Call: i, Family: b.Family, Instead: b.Instead})
			}
		}
	}
	rs := pass.ResultOf[rust.Analyzer].(*rust.Result)
	res.Rust = map[string][]Hit{}
	for _, p := range rs.Paths {
		for i, c := range rs.Files[p].Calls {
			if b, name, ok := lookupRustCall(c); ok {
				res.Rust[p] = append(res.Rust[p], Hit{Call: i, Family: b.Family, Instead: b.Instead, Name: name})
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
