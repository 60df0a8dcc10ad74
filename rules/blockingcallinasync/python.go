package blockingcallinasync

import (
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

func reportPython(pass *analysis.Pass, calls *blocking.View, w where) {
	set := source.Of(pass)
	py := python.Of(pass)
	for _, p := range py.Paths {
		file, ff := set.File(p), py.Files[p]
		for c, h := range calls.Python(p) {
			if !c.Async || !w.tests && w.ctx.PythonTest(p, c.Scope) {
				continue
			}
			fn, ok := pydefs.Owner(ff, c.Scope)
			ctx := asyncctx.Other
			if ok {
				ctx = w.ctx.Python(p, fn)
			}
			msg := message(c, h)
			g, once := w.ctx.FirstUse(p, c.Span.Start)
			switch {
			case once:
				msg += "; it blocks on first use only (behind `" + g.Text + "`)"
				ctx = asyncctx.Lazy
			case ok && w.ctx.Threadable(p, fn):
				msg += "; " + asyncctx.DeclareWithDef
			}
			report(pass, analysis.Diagnostic{
				Pos:     file.Pos(c.Span.Start),
				End:     file.Pos(c.Span.End),
				Message: msg,
				Related: h.ViaRelated(set),
			}, ctx, h.Family)
		}
	}
}

// message names the call as written, what it resolves to when that
// differs, and the async alternative.
func message(c *python.Call, h blocking.Hit) string {
	text := blocking.Short(c.Text)
	msg := "blocking call " + text + "()"
	if from := h.Origin(); from != "" {
		msg += " (" + from + ")"
	} else if c.Callee != "" && c.Callee != c.Text && c.Callee != text {
		msg += " (" + blocking.Short(c.Callee) + ")"
	}
	return msg + " in async function; " + h.Instead
}
