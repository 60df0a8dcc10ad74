package config

import (
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// lineIndex maps key paths (joined with NUL; array elements as "[i]") to
// the line where they are written, so errors found on decoded values can
// name their line.
type lineIndex map[string]int

// line is the line of kp, or of its nearest ancestor that has one.
func (li lineIndex) line(kp []string) int {
	for n := len(kp); n > 0; n-- {
		if l, ok := li[strings.Join(kp[:n], "\x00")]; ok {
			return l
		}
	}
	return 1
}

// keyLines walks the document's expressions with go-toml's parser. The
// document has already been decoded, so parse errors do not occur here;
// should one occur, the lines found so far are kept.
func keyLines(data []byte) lineIndex {
	li := lineIndex{}
	var p unstable.Parser
	p.Reset(data)
	var table []string
	lineOf := func(n *unstable.Node) int {
		if n.Raw.Length == 0 && n.Raw.Offset == 0 {
			return 0
		}
		return p.Shape(n.Raw).Start.Line
	}
	// record stores the key's line, then walks its value iteratively.
	record := func(prefix []string, kv *unstable.Node) {
		type item struct {
			path []string
			node *unstable.Node // a KeyValue, or a value when key is nil
			line int
		}
		stack := []item{{path: prefix, node: kv}}
		for len(stack) > 0 {
			it := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			path, val, line := it.path, it.node, it.line
			if it.node.Kind == unstable.KeyValue {
				keys := it.node.Key()
				for keys.Next() {
					k := keys.Node()
					path = appendKey(path, string(k.Data))
					if l := lineOf(k); l > 0 {
						line = l
					}
					li.setMin(path, line)
				}
				val = it.node.Value()
			}
			children := val.Children()
			i := 0
			for children.Next() {
				c := children.Node()
				switch val.Kind {
				case unstable.InlineTable:
					stack = append(stack, item{path: path, node: c, line: line})
				case unstable.Array:
					cp := appendKey(path, index(i))
					cl := lineOf(c)
					if cl == 0 {
						cl = line
					}
					li.setMin(cp, cl)
					if c.Kind == unstable.Array || c.Kind == unstable.InlineTable {
						stack = append(stack, item{path: cp, node: c, line: cl})
					}
				}
				i++
			}
		}
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = nil
			keys := e.Key()
			for keys.Next() {
				k := keys.Node()
				table = appendKey(table, string(k.Data))
				if l := lineOf(k); l > 0 {
					li.setMin(table, l)
				}
			}
		case unstable.KeyValue:
			record(table, e)
		}
	}
	return li
}

// setMin keeps the first line a path appears on: a table named by a dotted
// key and later by a header is reported where it starts.
func (li lineIndex) setMin(kp []string, line int) {
	k := strings.Join(kp, "\x00")
	if old, ok := li[k]; !ok || line < old {
		li[k] = line
	}
}
