// Package blockingcallviahelper is CVT202: an async function calls a
// synchronous function of the repository that blocks, directly or through
// further synchronous repository functions, possibly in other modules.
package blockingcallviahelper

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rsdefs"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

//go:embed doc_rust.md
var docRust string

const name = "blocking-call-via-helper"

// extras are the rule's own extra-blocking and extra-allowed options: the
// blocking calls at the end of a chain are classified with them, and
// CVT201's options do not apply here. includeTests reports async callers
// in test code too.
var (
	extras       = blocking.OptionsFor(name)
	includeTests = asyncctx.IncludeTests(name)
)

// Rule is CVT202.
var Rule = rules.New(rules.Meta{
	Code:      "CVT202",
	Name:      name,
	Title:     "Async function calls a synchronous helper that blocks",
	Doc:       doc + "\n" + docRust,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python, source.Rust},
	Tags:      []string{"performance", "async", "correctness", "cross-file"},
	// Medium: the chain is resolved statically and exists in the code, but
	// the blocking call may sit on a branch the async caller never takes
	// (a cache filled once, a fallback), or a subclass may override a
	// method followed through self.
	Precision: rules.Medium,
	Default:   true,
	Options:   append(extras.Decls(), includeTests.Decl()),
}, []*analysis.Analyzer{source.Analyzer, python.Analyzer, blocking.Analyzer, pydefs.Analyzer, asyncctx.Analyzer, rust.Analyzer, rsdefs.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	py := python.Of(pass)
	calls := extras.Calls(pass)
	where, tests := asyncctx.Of(pass), includeTests.Get(pass)
	reportRust(pass, calls, where, tests)
	x := pydefs.Of(pass)
	// Chains of work done on every call; then, for the helpers they miss,
	// chains that block on first use only (a cached function, a lazy
	// initialization), reported at note level.
	sync := pythonCalls(py, calls, x)
	hot := newChains(sync, everyCall(where))
	cold := newChains(sync, nil)
	if len(cold.best) == 0 {
		return nil, nil
	}
	for _, p := range py.Paths {
		ff := py.Files[p]
		for c, h := range calls.PythonCalls(p) {
			// An awaited call to a def returns an awaitable: a decorator
			// such as sync_to_async wrapped it, or it hands work to a future.
			// A blocking call itself is CVT201's, even when the repository
			// defines a function of that name (a top-level subprocess.py).
			if !c.Async || c.Awaited || h.Blocks() || !tests && where.PythonTest(p, c.Scope) {
				continue
			}
			to, ok := x.ResolveCall(ff, c)
			if !ok || to.S().Kind != python.Def || feedsAwaitable(ff, c) {
				continue
			}
			ch, once := hot, ""
			if _, blocks := hot.best[to]; !blocks {
				if _, blocks := cold.best[to]; !blocks {
					continue
				}
				ch, once = cold, firstUseReason(where, cold, to)
			}
			if g, ok := where.FirstUse(p, c.Span.Start); ok && once == "" {
				once = "behind `" + g.Text + "`"
			}
			d, family := diagnostic(set, set.File(p), c, to, ch)
			// Where the service came from (a Depends factory, a module-level
			// instance), before the chain's steps.
			d.Related = append(blocking.OriginsRelated(set, x.Expand(c.Callee).Via), d.Related...)
			ctx := asyncctx.Other
			if fn, ok := pydefs.Owner(ff, c.Scope); ok {
				ctx = where.Python(p, fn)
				if where.Threadable(p, fn) && once == "" {
					d.Message += "; " + asyncctx.DeclareWithDef
				}
			}
			if once != "" {
				d.Message += "; it blocks on first use only (" + once + ")"
				ctx = asyncctx.Lazy
			}
			rules.SetLevel(&d, rules.Level(asyncctx.Level(ctx, family)))
			pass.Report(d)
		}
	}
	return nil, nil
}

// awaitableConsumers take awaitables (coroutines, futures) as arguments: a
// call passed straight to them must return one, as if it were awaited.
var awaitableConsumers = map[string]bool{
	"asyncio.gather": true, "asyncio.create_task": true, "asyncio.ensure_future": true,
	"asyncio.wait_for": true, "asyncio.shield": true, "asyncio.wait": true,
	"asyncio.as_completed": true, "asyncio.run_coroutine_threadsafe": true,
}

// isAwaitableConsumer matches the resolved callee, or for methods of
// objects the front-end cannot name (a loop or task group parameter) the
// callee as written.
func isAwaitableConsumer(c *python.Call) bool {
	if awaitableConsumers[c.Callee] {
		return true
	}
	for _, name := range []string{c.Callee, c.Text} {
		if strings.HasSuffix(name, ".create_task") || strings.HasSuffix(name, ".ensure_future") {
			return true
		}
	}
	return false
}

// feedsAwaitable tells whether c is a direct argument of an awaitable
// consumer (asyncio.gather(helper()), tg.create_task(helper())): no other
// call stands between them, so helper() is not evaluated for something else.
func feedsAwaitable(ff *python.FileFacts, c *python.Call) bool {
	o, ok := ff.ArgumentOf(c)
	return ok && isAwaitableConsumer(o)
}

// Chains are followed to any depth, but a finding shows at most this many
// steps before the blocking call, in its message and in related locations.
const (
	messageSteps = 6
	relatedSteps = 50
)

// diagnostic is the finding for c, and the family of the blocking call at
// the end of its chain.
func diagnostic(set *source.Set, file *source.File, c *python.Call, to pydefs.Def, ch *chains) (analysis.Diagnostic, string) {
	helper := pydefs.DisplayName(to)
	fix := "make " + helper + " async"
	if to.S().Name == "__init__" {
		fix = "move the blocking work out of " + helper
	}
	var names []string
	var blocker, family string
	skipped := ch.walk(to, messageSteps-1, func(from pydefs.Def, s step) {
		names = append(names, pydefs.DisplayName(from))
		if s.last() {
			blocker, family = blocking.Short(s.call.Text), s.hit.Family
		}
	})
	if skipped > 0 {
		names = append(names[:len(names)-1], fmt.Sprintf("... (%d more)", skipped), names[len(names)-1])
	}
	chain := strings.Join(append(names, blocker), " -> ")
	d := analysis.Diagnostic{
		Pos:     file.Pos(c.Span.Start),
		End:     file.Pos(c.Span.End),
		Message: fmt.Sprintf("%s() blocks the event loop: %s; %s, or run it with await asyncio.to_thread(%s, ...)", blocking.Short(c.Text), chain, fix, blocking.Short(c.Text)),
	}
	ch.walk(to, relatedSteps-1, func(from pydefs.Def, s step) {
		call := s.call
		at := set.File(from.FF.Path)
		rel := analysis.RelatedInformation{Pos: at.Pos(call.Span.Start), End: at.Pos(call.Span.End)}
		if s.last() {
			rel.Message = fmt.Sprintf("%s calls %s(), which blocks; %s", pydefs.DisplayName(from), blocking.Short(call.Text), s.hit.Instead)
		} else {
			rel.Message = fmt.Sprintf("%s calls %s", pydefs.DisplayName(from), pydefs.DisplayName(s.next))
		}
		d.Related = append(d.Related, rel)
	})
	return d, family
}
