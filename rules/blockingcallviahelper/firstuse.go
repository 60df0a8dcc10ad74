package blockingcallviahelper

import (
	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// onFirstUse tells why the work of call c, made by fd, runs on first use
// only: fd is memoised (functools.cache, lru_cache, ...), or c stands in
// a lazy initialization (`if _client is None: _client = ...`,
// `if not self.running: ... self.running = True`). "" when it runs on
// every call.
func onFirstUse(where *asyncctx.Result, fd pydefs.Def, c *python.Call) string {
	if where.Role(fd.FF.Path, fd.Scope) == asyncctx.Cached {
		return pydefs.DisplayName(fd) + " is cached"
	}
	if g, ok := where.FirstUse(fd.FF.Path, c.Span.Start); ok {
		return "behind `" + g.Text + "` in " + pydefs.DisplayName(fd)
	}
	return ""
}

// everyCall is the chain search's filter for work done on every call: it
// leaves out what runs on first use only, and calls into cached
// functions.
func everyCall(where *asyncctx.Result) func(from pydefs.Def, c *python.Call, to pydefs.Def) bool {
	return func(from pydefs.Def, c *python.Call, to pydefs.Def) bool {
		if onFirstUse(where, from, c) != "" {
			return false
		}
		return to == (pydefs.Def{}) || where.Role(to.FF.Path, to.Scope) != asyncctx.Cached
	}
}

// firstUseReason is why the chain from to blocks on first use only: the
// first cached function or lazy initialization along it.
func firstUseReason(where *asyncctx.Result, ch *chains, to pydefs.Def) string {
	why := ""
	ch.walk(to, relatedSteps-1, func(from pydefs.Def, s step) {
		if why == "" {
			why = onFirstUse(where, from, s.call)
		}
	})
	if why == "" {
		why = "on first use"
	}
	return why
}
