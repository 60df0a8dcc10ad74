package blockingcallviahelper

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/rsdefs"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

type rustChains = chainsOf[rsdefs.Def, rust.Call]

// reportRust reports calls in async fns and async blocks, not awaited, of
// synchronous fns of the repository that block, directly or through
// further synchronous fns.
func reportRust(pass *analysis.Pass, calls *blocking.View, where *asyncctx.Result, tests bool) {
	rs := rust.Of(pass)
	x := rsdefs.Of(pass)
	hits := rustHits(rs, calls)
	ch := newRustChains(rs, hits, x)
	if len(ch.best) == 0 {
		return
	}
	set := source.Of(pass)
	for _, p := range rs.Paths {
		ff := rs.Files[p]
		for i := range ff.Calls {
			c := &ff.Calls[i]
			// A blocking call itself is CVT201's; an awaited call returns a
			// future, whatever made it.
			if !c.Async || c.Awaited || hits[c].Blocks() || !tests && where.RustTest(p, c.Scope) {
				continue
			}
			to, ok := x.ResolveCall(ff, c)
			if !ok || to.S().Kind != rust.Fn {
				continue
			}
			if _, blocks := ch.best[to]; blocks {
				d, family := rustDiagnostic(set, set.File(p), c, to, ch, x)
				rules.SetLevel(&d, rules.Level(asyncctx.Level(where.Rust(p, c.Scope), family)))
				pass.Report(d)
			}
		}
	}
}

// rustHits indexes the blocking calls of every Rust file.
func rustHits(rs *rust.Result, calls *blocking.View) map[*rust.Call]blocking.Hit {
	hits := map[*rust.Call]blocking.Hit{}
	for _, p := range rs.Paths {
		for c, h := range calls.Rust(p) {
			hits[c] = h
		}
	}
	return hits
}

// newRustChains searches the chains of the Rust fns of rs. A call belongs
// to the fn whose body it stands in directly: a call in a closure or an
// async block is not followed (spawn_blocking(move || helper()) is off the
// runtime; an iterator's map(|p| read(p)) is missed, as in Python lambdas).
func newRustChains(rs *rust.Result, hits map[*rust.Call]blocking.Hit, x *rsdefs.Index) *rustChains {
	l := lang[rsdefs.Def, rust.Call]{
		name: x.DisplayName,
		where: func(a, b rsdefs.Def) bool {
			if a.FF.Path != b.FF.Path {
				return a.FF.Path < b.FF.Path
			}
			return a.Scope < b.Scope
		},
		text:   rustCallName(hits),
		before: rustBefore,
	}
	return newChainsOf(l, func(blocks func(rsdefs.Def, *rust.Call, blocking.Hit), edge func(rsdefs.Def, *rust.Call, rsdefs.Def)) {
		for _, p := range rs.Paths {
			ff := rs.Files[p]
			for i := range ff.Calls {
				c := &ff.Calls[i]
				s, ok := ff.ScopeOf(c)
				if !ok || s.Kind != rust.Fn {
					continue
				}
				fd := rsdefs.Def{FF: ff, Scope: c.Scope}
				if h := hits[c]; h.Blocks() {
					blocks(fd, c, h)
					continue
				}
				if to, ok := x.ResolveCall(ff, c); ok && to.S().Kind == rust.Fn {
					edge(fd, c, to)
				}
			}
		}
	})
}

// rustCallName names a call in messages: a blocking call by its full
// path (std::fs::read_to_string, std::process::Command::output), others
// as written.
func rustCallName(hits map[*rust.Call]blocking.Hit) func(*rust.Call) string {
	return func(c *rust.Call) string {
		if h := hits[c]; h.Name != "" {
			return h.Name
		}
		return c.Text
	}
}

// rustBefore orders two calls of one file: outer calls before the calls in
// their arguments, as the front-end lists them.
func rustBefore(a, b *rust.Call) bool {
	if a.CallSpan.Start != b.CallSpan.Start {
		return a.CallSpan.Start < b.CallSpan.Start
	}
	return a.CallSpan.End > b.CallSpan.End
}

// asyncAlternative is the async API that replaces a blocking family.
var asyncAlternative = map[string]string{
	"sleep": "tokio::time::sleep", "file": "tokio::fs", "net": "tokio::net",
	"process": "tokio::process", "http": "the async reqwest::Client", "input": "tokio::io::stdin",
	"database": "an async driver: sqlx, tokio-postgres, mysql_async, an async redis connection",
}

// rustDiagnostic is the finding for c, and the family of the blocking call
// at the end of its chain.
func rustDiagnostic(set *source.Set, file *source.File, c *rust.Call, to rsdefs.Def, ch *rustChains, x *rsdefs.Index) (analysis.Diagnostic, string) {
	var names []string
	var blocker, last string
	var family string
	skipped := ch.walk(to, messageSteps-1, func(from rsdefs.Def, s stepOf[rsdefs.Def, rust.Call]) {
		names = append(names, x.DisplayName(from))
		if s.last() {
			blocker, last, family = ch.lang.text(s.call), x.DisplayName(from), s.hit.Family
		}
	})
	if skipped > 0 {
		names = append(names[:len(names)-1], fmt.Sprintf("... (%d more)", skipped), names[len(names)-1])
	}
	fix := "make " + last + " async"
	if alt, ok := asyncAlternative[family]; ok {
		fix += " (" + alt + ")"
	}
	start := c.Span.Start
	if c.Method {
		start = c.Name.Start
	}
	d := analysis.Diagnostic{
		Pos: file.Pos(start),
		End: file.Pos(c.Span.End),
		Message: fmt.Sprintf("%s() blocks the async runtime: %s; %s or run it with tokio::task::spawn_blocking(...)",
			blocking.Short(c.Text), strings.Join(append(names, blocking.Short(blocker)), " -> "), fix),
	}
	ch.walk(to, relatedSteps-1, func(from rsdefs.Def, s stepOf[rsdefs.Def, rust.Call]) {
		call := s.call
		at := set.File(from.FF.Path)
		rel := analysis.RelatedInformation{Pos: at.Pos(call.Span.Start), End: at.Pos(call.Span.End)}
		if s.last() {
			rel.Message = fmt.Sprintf("%s calls %s(), which blocks; %s", x.DisplayName(from), blocking.Short(ch.lang.text(call)), s.hit.Instead)
		} else {
			rel.Message = fmt.Sprintf("%s calls %s", x.DisplayName(from), x.DisplayName(s.next))
		}
		d.Related = append(d.Related, rel)
	})
	return d, family
}
