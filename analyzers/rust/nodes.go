package rust

import (
	"runtime"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// kinds names Rust node types without copying them out of C.
var kinds = tsx.NewKinds(grammar)

// nodeKind is a node's type name.
func nodeKind(n *sitter.Node) string { return kinds.Of(n) }

// shared is src[sp] as a string that shares src's bytes: the run keeps
// every source until it ends, and facts are mostly such texts.
func shared(src []byte, sp source.Span) string {
	// Macro argument trees are parsed from a buffer one byte longer than
	// src: never read past src.
	sp.End = min(sp.End, len(src))
	if sp.Start < 0 || sp.End <= sp.Start {
		return ""
	}
	return unsafe.String(&src[sp.Start], sp.End-sp.Start)
}

// hasBlank reports whether s holds a space, tab, CR or LF.
func hasBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if isBlank(s[i]) {
			return true
		}
	}
	return false
}

func isBlank(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\v', '\f':
		return true
	}
	return false
}

// namedChildren are n's named children in order, read with one cursor:
// Node.NamedChild(i) counts from the first child on every call, which made
// a list of n children cost n squared.
func namedChildren(n *sitter.Node) []*sitter.Node {
	c := sitter.NewTreeCursor(n)
	defer closeCursor(c)
	var out []*sitter.Node
	for ok := c.GoToFirstChild(); ok; ok = c.GoToNextSibling() {
		if k := c.CurrentNode(); k.IsNamed() {
			out = append(out, k)
		}
	}
	return out
}

// clip returns s with its capacity cut to its length, copying it when
// append left slack: facts live for the whole run.
func clip[T any](s []T) []T {
	if cap(s) == len(s) {
		return s
	}
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// closeCursor frees a tree cursor and drops its finalizer, which would
// keep the tree's node cache alive after its visit.
func closeCursor(c *sitter.TreeCursor) {
	c.Close()
	runtime.SetFinalizer(c, nil)
}

// nest finds the innermost of nested intervals holding an offset with one
// binary search, where walking up parents costs the nesting depth at
// every call and position.
type nest struct {
	at []int // boundaries, increasing
	in []int // innermost interval id from at[k] to at[k+1], or -1
}

type interval struct {
	span source.Span
	id   int
}

// newNest builds a nest from intervals sorted by start; of two starting
// together, the longer is the outer one. An interval that overlaps the one
// holding its start without fitting in it is cut at that one's end.
func newNest(iv []interval) nest {
	var n nest
	var stack []interval
	emit := func(at int) {
		id := -1
		if len(stack) > 0 {
			id = stack[len(stack)-1].id
		}
		if k := len(n.at) - 1; k >= 0 && n.at[k] == at {
			n.in[k] = id
			return
		}
		n.at = append(n.at, at)
		n.in = append(n.in, id)
	}
	pop := func(before int) {
		for len(stack) > 0 && stack[len(stack)-1].span.End <= before {
			end := stack[len(stack)-1].span.End
			stack = stack[:len(stack)-1]
			emit(end)
		}
	}
	for _, v := range iv {
		pop(v.span.Start)
		if len(stack) > 0 && v.span.End > stack[len(stack)-1].span.End {
			v.span.End = stack[len(stack)-1].span.End
		}
		if v.span.End <= v.span.Start {
			continue
		}
		stack = append(stack, v)
		emit(v.span.Start)
	}
	pop(int(^uint(0) >> 1))
	return n
}

// find is the id of the innermost interval holding offset, or -1.
func (n nest) find(offset int) int {
	lo, hi := 0, len(n.at)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if n.at[m] <= offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return -1
	}
	return n.in[lo-1]
}
