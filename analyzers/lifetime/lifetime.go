// Package lifetime finds what lives too short: clients, connections,
// sessions, engines and pools created in a scope that runs per request,
// per message or per item (CVT301), and WebSocket connections added to a
// registry that outlives the handler without a removal on every way out
// (CVT302). It classifies scopes (request, WebSocket and message handlers
// of the common frameworks, loop bodies, methods, startup hooks, cached
// factories, dependency providers), follows the repository's factories
// and helpers across files, and reports nothing itself.
package lifetime

import (
	"iter"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer computes the run's *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "lifetime",
	Doc:        "finds long-lived clients created per call and WebSocket registries without cleanup; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, python.Analyzer, rust.Analyzer, pydefs.Analyzer, asyncctx.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the result; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }

// Step is one place of evidence: a call along a chain, a removal.
type Step struct {
	Path    string      `json:"path"`
	Span    source.Span `json:"span"`
	Message string      `json:"message"`
}

// Creation is a constructor call that runs once per request, message,
// item or call of a long-lived object's method.
type Creation struct {
	Path string `json:"path"`
	// Span is the constructor's callee as written; Text its source.
	Span source.Span `json:"span"`
	Text string      `json:"text"`
	Ctor *Ctor       `json:"ctor"`
	// Per is what it is created once per: "request", "message",
	// "WebSocket connection", "iteration", "call".
	Per string `json:"per"`
	// Where names the scope that runs per call: "request handler
	// list_users", "a loop in sync_all", "method Api.fetch".
	Where string `json:"where"`
	// Chain are the calls from that scope down to the function making
	// the constructor call, outermost first; empty when the constructor
	// is called in the scope itself.
	Chain []Step `json:"chain,omitempty"`
}

// Leak is a WebSocket connection (or its queue) added to a container
// that outlives the handler, with no removal on every way out.
type Leak struct {
	Path string      `json:"path"`
	Span source.Span `json:"span"`
	// Text is the adding call or assignment as written
	// ("self.active.append", "clients[uid] =").
	Text string `json:"text"`
	// Container is the registry ("self.active", "clients"); Value what is
	// added ("websocket").
	Container string `json:"container"`
	Value     string `json:"value"`
	// Handler names the WebSocket handler the add runs for.
	Handler string `json:"handler"`
	// Removal is a removal from the container that does not run on
	// every way out, if there is one; Why says why it does not.
	Removal *Step `json:"removal,omitempty"`
}

// Result holds the findings-to-be of CVT301 and CVT302, by path.
type Result struct {
	creations map[string][]Creation
	leaks     map[string][]Leak
	paths     []string
}

// Creations yields every per-call creation, by path then position.
func (r *Result) Creations() iter.Seq[*Creation] {
	return func(yield func(*Creation) bool) {
		for _, p := range r.paths {
			for i := range r.creations[p] {
				if !yield(&r.creations[p][i]) {
					return
				}
			}
		}
	}
}

// Leaks yields every WebSocket registry add without cleanup, by path then
// position.
func (r *Result) Leaks() iter.Seq[*Leak] {
	return func(yield func(*Leak) bool) {
		for _, p := range r.paths {
			for i := range r.leaks[p] {
				if !yield(&r.leaks[p][i]) {
					return
				}
			}
		}
	}
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{creations: map[string][]Creation{}, leaks: map[string][]Leak{}}
	set := source.Of(pass)
	src := func(p string) []byte {
		if f := set.File(p); f != nil {
			return f.Src
		}
		return nil
	}
	ctx := asyncctx.Of(pass)
	py := newPyRepo(python.Of(pass), pydefs.Of(pass), ctx, src)
	for _, c := range py.creations() {
		r.creations[c.Path] = append(r.creations[c.Path], c)
	}
	for _, l := range py.leaks() {
		r.leaks[l.Path] = append(r.leaks[l.Path], l)
	}
	rs := rust.Of(pass)
	for _, p := range rs.Paths {
		r.creations[p] = append(r.creations[p], rustCreations(rs.Files[p], src(p), ctx)...)
	}
	for p := range r.creations {
		r.paths = append(r.paths, p)
	}
	for p := range r.leaks {
		if _, ok := r.creations[p]; !ok {
			r.paths = append(r.paths, p)
		}
	}
	sort.Strings(r.paths)
	for _, p := range r.paths {
		cs := r.creations[p]
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Span.Start < cs[j].Span.Start })
		ls := r.leaks[p]
		sort.SliceStable(ls, func(i, j int) bool { return ls[i].Span.Start < ls[j].Span.Start })
	}
	return r, nil
}
