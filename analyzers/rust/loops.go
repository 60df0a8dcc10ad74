package rust

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

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
