package python

import (
	"slices"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// loudCalls are the last segments of calls that make a failed import
// visible: warnings.warn, print, and loggers at warning level or above.
var loudCalls = map[string]bool{
	"warn": true, "warning": true, "error": true, "exception": true, "critical": true, "fatal": true,
	"print": true, "showwarning": true,
}

// readHandler notes what an except block does, walking it with an explicit
// stack; nested defs and classes are skipped, since they do not run there.
func readHandler(g *ImportGuard, block *sitter.Node, src []byte) {
	stack := []*sitter.Node{block}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type() {
		case "function_definition", "class_definition", "lambda":
			continue
		case "raise_statement":
			g.Raises = true
		case "call":
			if f := n.ChildByFieldName("function"); f != nil && loudCalls[LastName(tsx.Text(f, src))] {
				g.Warns = true
			}
		case "assignment":
			if g.Flag == "" {
				g.Flag = flagName(n, src)
			}
		}
		mark := len(stack)
		eachChild(n, func(c *sitter.Node, _ func() string) {
			if c.IsNamed() {
				stack = append(stack, c)
			}
		})
		slices.Reverse(stack[mark:])
	}
}

// flagName is the name an assignment sets to a bool or string literal
// ("HAS_RUST = False", "BACKEND = 'python'"); "" for anything else,
// None and stand-ins included.
func flagName(n *sitter.Node, src []byte) string {
	lhs, rhs := n.ChildByFieldName("left"), n.ChildByFieldName("right")
	if lhs == nil || rhs == nil || lhs.Type() != "identifier" {
		return ""
	}
	switch rhs.Type() {
	case "true", "false", "string":
		return tsx.Text(lhs, src)
	}
	return ""
}
