package python

import (
	"runtime"

	sitter "github.com/smacker/go-tree-sitter"
)

// namedChildren lists n's named children. Node.NamedChild(i) counts from
// the first child in C on every call, which is quadratic over a wide node
// (an import of thousands of names); a cursor reads each child once.
func namedChildren(n *sitter.Node) []*sitter.Node {
	count := int(n.NamedChildCount())
	out := make([]*sitter.Node, 0, count)
	if count <= 8 {
		// Few children: one cgo call each beats a cursor's three.
		for i := 0; i < count; i++ {
			out = append(out, n.NamedChild(i))
		}
		return out
	}
	eachChild(n, func(c *sitter.Node, _ func() string) {
		if c.IsNamed() {
			out = append(out, c)
		}
	})
	return out
}

// fieldChildren lists n's children in field, in order.
func fieldChildren(n *sitter.Node, field string) []*sitter.Node {
	var out []*sitter.Node
	eachChild(n, func(c *sitter.Node, fieldName func() string) {
		if fieldName() == field {
			out = append(out, c)
		}
	})
	return out
}

// eachChild calls fn with each child of n and a function giving the
// child's field name, walking with a cursor.
func eachChild(n *sitter.Node, fn func(c *sitter.Node, fieldName func() string)) {
	cur := sitter.NewTreeCursor(n)
	defer closeCursor(cur)
	fieldName := func() string { return cur.CurrentFieldName() }
	for ok := cur.GoToFirstChild(); ok; ok = cur.GoToNextSibling() {
		fn(cur.CurrentNode(), fieldName)
	}
}

func unparen(n *sitter.Node) *sitter.Node {
	for n.Type() == "parenthesized_expression" && n.NamedChildCount() == 1 {
		n = n.NamedChild(0)
	}
	return n
}

// closeCursor frees a tree cursor and, as tsx does, drops its finalizer,
// which would keep the tree's node cache alive past the visit.
func closeCursor(c *sitter.TreeCursor) {
	c.Close()
	runtime.SetFinalizer(c, nil)
}
