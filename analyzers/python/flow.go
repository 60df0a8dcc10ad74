package python

import (
	"slices"
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// flowKinds are the node types whose matches the lifetime facts read
// (decorators, loops, try statements, stores): each pattern is a bare node
// type, so the walk that stands in for the query matches them by type.
var flowKinds = map[string]kind{
	"decorated_definition": kDecorated,
	"for_statement":        kLoop, "while_statement": kLoop, "list_comprehension": kLoop,
	"set_comprehension": kLoop, "dictionary_comprehension": kLoop, "generator_expression": kLoop,
	"try_statement": kTry,
	"assignment":    kStore, "return_statement": kStore, "yield": kStore, "delete_statement": kStore,
	"global_statement": kStore, "nonlocal_statement": kStore,
}

// matchFlow is matchNode for the lifetime patterns.
func matchFlow(n *sitter.Node, cp captureIndex, caps []*sitter.Node, match func(kind, []*sitter.Node)) {
	// Named nodes only, as the query: the keyword of `yield` is a node of
	// type "yield" too.
	if k, ok := flowKinds[n.Type()]; ok && n.IsNamed() {
		clear(caps)
		caps[cp.node] = n
		match(k, caps)
	}
}

// flow extracts the facts connection-lifetime rules read: decorators,
// loops, try statements and their clauses, and stores. It runs after
// calls are resolved, so decorators resolve like callees.
func (x *extractor) flow(items []pending) {
	var mine []pending
	for _, it := range items {
		switch it.kind {
		case kDecorated, kLoop, kTry, kStore:
			mine = append(mine, it)
		}
	}
	// Items were sorted by scope depth for binding: facts go in source order.
	sort.SliceStable(mine, func(i, j int) bool { return mine[i].start < mine[j].start })
	for _, it := range mine {
		if x.budget.Expired() {
			return
		}
		switch it.kind {
		case kDecorated:
			x.decorators(it.node)
		case kLoop:
			x.loop(it.node)
		case kTry:
			x.try(it.node)
		case kStore:
			x.store(it.node)
		}
	}
	// Facts live for the whole run: drop append's spare capacity.
	x.ff.Decorators = slices.Clip(x.ff.Decorators)
	x.ff.Blocks = slices.Clone(x.ff.Blocks)
	x.ff.Stores = slices.Clone(x.ff.Stores)
}

func (x *extractor) decorators(n *sitter.Node) {
	def := n.ChildByFieldName("definition")
	if def == nil {
		return
	}
	target, ok := x.scopeByStart[int(def.StartByte())]
	if !ok {
		return
	}
	for _, d := range namedChildren(n) {
		if d.Type() != "decorator" || d.NamedChildCount() == 0 {
			continue
		}
		e := d.NamedChild(0)
		dec := Decorator{Target: target, Span: tsx.SpanOf(d)}
		if e.Type() == "call" {
			if args := e.ChildByFieldName("arguments"); args != nil {
				dec.Args = x.text(args)
			}
			e = e.ChildByFieldName("function")
			if e == nil {
				continue
			}
		}
		dec.Text = x.text(e)
		if t := e.Type(); t == "identifier" || t == "attribute" {
			dec.Name = x.resolve(e, int(e.StartByte()), false)
		}
		x.ff.Decorators = append(x.ff.Decorators, dec)
	}
}

func (x *extractor) loop(n *sitter.Node) {
	sp := tsx.SpanOf(n)
	b := Block{Span: sp, Body: sp, Try: -1, Scope: x.scopeAt(sp.Start)}
	switch n.Type() {
	case "for_statement":
		b.Kind = ForBlock
		if body := n.ChildByFieldName("body"); body != nil {
			b.Body = tsx.SpanOf(body)
		}
	case "while_statement":
		b.Kind = WhileBlock
		if cond := n.ChildByFieldName("condition"); cond != nil {
			b.Body.Start = int(cond.StartByte())
			t := x.text(cond)
			b.Forever = t == "True" || t == "1"
		}
	default:
		b.Kind = ComprehensionBlock
	}
	x.ff.Blocks = append(x.ff.Blocks, b)
}

func (x *extractor) try(n *sitter.Node) {
	sp := tsx.SpanOf(n)
	try := len(x.ff.Blocks)
	t := Block{Kind: TryBlock, Span: sp, Body: sp, Try: -1, Scope: x.scopeAt(sp.Start)}
	if body := n.ChildByFieldName("body"); body != nil {
		t.Body = tsx.SpanOf(body)
	}
	x.ff.Blocks = append(x.ff.Blocks, t)
	for _, c := range namedChildren(n) {
		var b Block
		switch c.Type() {
		case "except_clause", "except_group_clause":
			b = Block{Kind: ExceptBlock}
			for _, e := range namedChildren(c) {
				if e.Type() == "block" {
					b.Body = tsx.SpanOf(e)
					continue
				}
				b.Catches = append(b.Catches, x.exceptionNames(e)...)
			}
		case "finally_clause":
			b = Block{Kind: FinallyBlock}
			for _, e := range namedChildren(c) {
				if e.Type() == "block" {
					b.Body = tsx.SpanOf(e)
				}
			}
		default:
			continue
		}
		b.Span, b.Try, b.Scope = tsx.SpanOf(c), try, t.Scope
		if b.Body == (source.Span{}) {
			b.Body = b.Span
		}
		x.ff.Blocks = append(x.ff.Blocks, b)
	}
}

// exceptionNames are the types an except clause's expression names:
// `E`, `m.E`, `(E, F)`, `E as e`.
func (x *extractor) exceptionNames(e *sitter.Node) []string {
	if e.Type() == "as_pattern" && e.NamedChildCount() > 0 {
		e = e.NamedChild(0)
	}
	e = unparen(e)
	if e.Type() == "tuple" {
		var out []string
		for _, c := range namedChildren(e) {
			out = append(out, x.text(c))
		}
		return out
	}
	if e.Type() == "comment" {
		return nil
	}
	return []string{x.text(e)}
}

func (x *extractor) store(n *sitter.Node) {
	sp := tsx.SpanOf(n)
	st := Store{Span: sp, Scope: x.scopeAt(sp.Start)}
	switch n.Type() {
	case "assignment":
		left, right := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		for right != nil && right.Type() == "assignment" {
			right = right.ChildByFieldName("right")
		}
		if left == nil || right == nil {
			return
		}
		value := storedValue(right)
		switch t := value.Type(); left.Type() {
		case "attribute", "subscript":
			// Only values that can be a client or a connection handed on:
			// `self.x = 0` says nothing about lifetimes.
			if t != "call" && t != "identifier" && t != "tuple" {
				return
			}
			st.Kind = StoreAttr
			if left.Type() == "subscript" {
				st.Kind = StoreItem
			}
		case "identifier":
			if t != "call" {
				return
			}
			st.Kind = StoreName
		default:
			return
		}
		st.Target, st.Value = x.text(left), tsx.SpanOf(value)
	case "return_statement", "yield":
		st.Kind = StoreReturn
		if n.Type() == "yield" {
			st.Kind = StoreYield
		}
		if n.NamedChildCount() > 0 {
			v := storedValue(n.NamedChild(0))
			if t := v.Type(); st.Kind == StoreReturn && t != "call" && t != "identifier" {
				return // a return of a literal or an expression hands no client on
			}
			st.Value = tsx.SpanOf(v)
		}
	case "delete_statement":
		if n.NamedChildCount() == 0 {
			return
		}
		targets := []*sitter.Node{n.NamedChild(0)}
		if targets[0].Type() == "expression_list" {
			targets = namedChildren(targets[0])
		}
		for _, t := range targets {
			x.ff.Stores = append(x.ff.Stores, Store{Kind: StoreDelete, Target: x.text(t), Span: sp, Scope: st.Scope})
		}
		return
	case "global_statement", "nonlocal_statement":
		for _, id := range namedChildren(n) {
			if id.Type() == "identifier" {
				x.ff.Stores = append(x.ff.Stores, Store{Kind: StoreGlobal, Target: x.text(id), Span: sp, Scope: st.Scope})
			}
		}
		return
	default:
		return
	}
	x.ff.Stores = append(x.ff.Stores, st)
}

// storedValue looks through parentheses and await to the expression
// whose value is kept: the call of `(await make())`.
func storedValue(n *sitter.Node) *sitter.Node {
	for i := 0; i < maxUnwrap; i++ {
		n = unparen(n)
		if n.Type() != "await" || n.NamedChildCount() == 0 {
			return n
		}
		n = n.NamedChild(0)
	}
	return n
}

// maxUnwrap bounds storedValue on hostile `await await ...` chains.
const maxUnwrap = 8
