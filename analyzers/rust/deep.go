package rust

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Tree-sitter's query cursor keeps depths in 16 bits: below 65,535 levels
// it loses matches and its pending states pile up, so that 80,000 nested
// closures took minutes in one NextMatch. A tree that could be that deep
// is queried in layers instead: every layerDepth levels down, a node is
// cut out of the source (written over with "( )" or "{ }", the same span)
// and parsed in a layer of its own, so no query runs deeper than a layer.
const (
	layerDepth = 20000
	// depthPerByte bounds how many levels one byte of source can open
	// (closures, chains and unary operators open one or two).
	depthPerByte = 4
	depthSlack   = 16
)

// cutKinds are the nodes a placeholder of the same span, "( )" or "{ }",
// can stand for, and that parse alone as a statement in their layer:
// expressions and blocks.
var cutKinds = map[string]bool{
	"call_expression": true, "field_expression": true, "closure_expression": true, "await_expression": true,
	"unary_expression": true, "reference_expression": true, "try_expression": true, "parenthesized_expression": true,
	"binary_expression": true, "index_expression": true, "async_block": true, "tuple_expression": true,
	"array_expression": true, "block": true,
}

// mayReach reports whether a node at depth with the given span could hold
// a node at depth target.
func mayReach(depth int, sp source.Span, target int) bool {
	return depth+depthPerByte*(sp.End-sp.Start)+depthSlack >= target
}

// cursorLimit is the depth past which a query is not trusted.
const cursorLimit = 65000

// deepCuts finds the nodes to cut, by level (level 1 is the outermost):
// nil for a tree no query cursor would lose its way in. Both its walks go
// only into subtrees long enough to matter, so a file of ordinary depth
// costs a look at its root.
func (x *extractor) deepCuts(root *sitter.Node) [][]source.Span {
	if !x.tooDeep(root) {
		return nil
	}
	var levels [][]source.Span
	cuts := []int{0} // depth of the cuts on the current path; 0 the root
	x.walkPruned(root, func(n *sitter.Node, sp source.Span, depth int) bool {
		next := cuts[len(cuts)-1] + layerDepth
		if !mayReach(depth, sp, next) {
			return false
		}
		if depth >= next && cutKinds[nodeKind(n)] && mayReach(depth, sp, depth+layerDepth) {
			level := len(cuts)
			for len(levels) < level {
				levels = append(levels, nil)
			}
			levels[level-1] = append(levels[level-1], sp)
			cuts = append(cuts, depth)
		}
		return true
	}, func(depth int) {
		if len(cuts) > 1 && cuts[len(cuts)-1] == depth {
			cuts = cuts[:len(cuts)-1]
		}
	})
	return levels
}

// tooDeep reports whether the tree has a node deeper than cursorLimit.
func (x *extractor) tooDeep(root *sitter.Node) bool {
	if !mayReach(0, tsx.SpanOf(root), cursorLimit) {
		return false
	}
	deep := false
	x.walkPruned(root, func(_ *sitter.Node, sp source.Span, depth int) bool {
		deep = deep || depth >= cursorLimit
		return !deep && mayReach(depth, sp, cursorLimit)
	}, func(int) {})
	return deep
}

// walkPruned walks the tree in order with one cursor, calling enter at
// each node (descending only when it returns true) and leave as it leaves
// each node entered, with the node's depth. It stops when the budget
// expires.
func (x *extractor) walkPruned(root *sitter.Node, enter func(n *sitter.Node, sp source.Span, depth int) bool, leave func(depth int)) {
	c := sitter.NewTreeCursor(root)
	defer closeCursor(c)
	depth := 0
	for {
		n := c.CurrentNode()
		if enter(n, tsx.SpanOf(n), depth) && !x.budget.Expired() && c.GoToFirstChild() {
			depth++
			continue
		}
		for {
			leave(depth)
			if c.GoToNextSibling() {
				break
			}
			if !c.GoToParent() {
				return
			}
			depth--
		}
	}
}

// collectDeep is collect for a tree cut in levels: layer 0 is the file
// with the level-1 cuts written over, queried from its root; layer k is
// the level-k cuts alone, each a statement, with the level k+1 cuts
// written over, queried from each level-k cut. Each byte is parsed in at
// most two layers. The layers' trees are added to trees, for the caller
// to close.
func (x *extractor) collectDeep(levels [][]source.Span, trees *[]*sitter.Tree) (macros []source.Span) {
	for k := 0; k <= len(levels) && !x.budget.Expired(); k++ {
		var keep, over []source.Span
		if k > 0 {
			keep = levels[k-1]
		}
		if k < len(levels) {
			over = levels[k]
		}
		tree := x.parseLayer(keep, over)
		if tree == nil {
			return macros
		}
		*trees = append(*trees, tree)
		if k == 0 {
			macros = append(macros, x.collect(tree.RootNode(), nil)...)
			continue
		}
		for _, cut := range keep {
			if n := nodeAt(tree.RootNode(), cut); n != nil {
				macros = append(macros, x.collect(n, nil)...)
			}
		}
	}
	return macros
}

// parseLayer parses the keep spans of the file (all of it when keep is
// nil), each followed by a ";" so that it parses as a statement, with the
// over spans inside them written over by placeholders of the same length.
func (x *extractor) parseLayer(keep, over []source.Span) *sitter.Tree {
	buf := append([]byte(nil), x.src...)
	for _, sp := range over {
		open, close := byte('('), byte(')')
		if x.src[sp.Start] == '{' {
			open, close = '{', '}'
		}
		for i := sp.Start; i < sp.End; i++ {
			if buf[i] != '\n' {
				buf[i] = ' '
			}
		}
		buf[sp.Start], buf[sp.End-1] = open, close
	}
	pt := tsx.Points{Src: x.src}
	var ranges []sitter.Range
	if keep == nil {
		keep = []source.Span{{Start: 0, End: len(buf)}}
	}
	for i, sp := range keep {
		end := sp.End
		if end < len(buf) && (i+1 == len(keep) || keep[i+1].Start > end) {
			buf[end] = ';'
			end++
		}
		ranges = append(ranges, sitter.Range{StartByte: uint32(sp.Start), EndByte: uint32(end), StartPoint: pt.At(sp.Start), EndPoint: pt.At(end)})
	}
	tree, err := tsx.ParseRanges(grammar(), buf, ranges, x.budget)
	if err != nil {
		return nil
	}
	return tree
}

// nodeAt is the outermost node spanning exactly sp, found by walking
// down towards its start.
func nodeAt(root *sitter.Node, sp source.Span) *sitter.Node {
	c := sitter.NewTreeCursor(root)
	defer closeCursor(c)
	for {
		n := c.CurrentNode()
		if tsx.SpanOf(n) == sp {
			return n
		}
		if c.GoToFirstChildForByte(uint32(sp.Start)) < 0 {
			return nil
		}
	}
}
