package rust

import (
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// listLoops records the loops, for and while expressions in source order;
// the rules about what is created per iteration read them.
func (x *extractor) listLoops() {
	x.eachItem(func(it pending) {
		if it.pattern == pLoop {
			x.loop(it.node)
		}
	})
	sort.Slice(x.ff.Loops, func(i, j int) bool { return x.ff.Loops[i].Span.Start < x.ff.Loops[j].Span.Start })
}

// loop records a loop, for or while expression; the rules about what is
// created per iteration read them.
func (x *extractor) loop(n *sitter.Node) {
	sp := tsx.SpanOf(n)
	l := Loop{Span: sp, Body: sp}
	switch n.Type() {
	case "loop_expression":
		l.Kind = LoopLoop
	case "for_expression":
		l.Kind = ForLoop
	default:
		l.Kind = WhileLoop
	}
	if body := n.ChildByFieldName("body"); body != nil {
		l.Body.End = int(body.EndByte())
		if l.Kind != WhileLoop {
			l.Body.Start = int(body.StartByte())
		} else if cond := n.ChildByFieldName("condition"); cond != nil {
			l.Body.Start = int(cond.StartByte())
		}
	}
	x.ff.Loops = append(x.ff.Loops, l)
}
