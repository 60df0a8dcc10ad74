package python

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// walkMatches stands in for the query on a tree too deep or too wide for
// tree-sitter's query cursor (see queryDepthLimit and queryWidthLimit): it
// lists the nodes a pattern may be rooted at in one walk in C, in document
// order, and calls match with the kind and captures the query's pattern
// would give, so that the steps after collection cannot tell the two apart
// (TestWalkMatchesQuery and FuzzExtract hold them to it). Python refuses
// code nested a thousandth as deep, and lists that long are data: only
// hostile or generated files come this way.
func walkMatches(root *sitter.Node, cp captureIndex, b *tsx.Budget, match func(kind, []*sitter.Node)) {
	caps := make([]*sitter.Node, max(cp.node, cp.name, cp.body, cp.callee, cp.lhs, cp.rhs, cp.typ, cp.params, cp.returns)+1)
	for _, n := range rootedNodes(root) {
		if b.Expired() {
			return
		}
		matchNode(n, cp, caps, match)
		matchFlow(n, cp, caps, match)
	}
}

// matchNode calls match for each pattern of the query that n is the root
// of, as patterns reads.
func matchNode(n *sitter.Node, cp captureIndex, caps []*sitter.Node, match func(kind, []*sitter.Node)) {
	emit := func(k kind, set ...func()) {
		clear(caps)
		caps[cp.node] = n
		for _, s := range set {
			s()
		}
		match(k, caps)
	}
	switch n.Type() {
	case "function_definition", "class_definition":
		name, body := n.ChildByFieldName("name"), n.ChildByFieldName("body")
		if !isType(name, "identifier") || !isType(body, "block") {
			return
		}
		k, params, returns := kClass, (*sitter.Node)(nil), (*sitter.Node)(nil)
		if n.Type() == "function_definition" {
			k, params, returns = kDef, n.ChildByFieldName("parameters"), n.ChildByFieldName("return_type")
			if !isType(params, "parameters") {
				params = nil
			}
			if !isType(returns, "type") {
				returns = nil
			}
		}
		emit(k, func() { caps[cp.name], caps[cp.body], caps[cp.params], caps[cp.returns] = name, body, params, returns })
	case "lambda":
		params, body := n.ChildByFieldName("parameters"), n.ChildByFieldName("body")
		if !wildcard(body) {
			return
		}
		if !isType(params, "lambda_parameters") {
			params = nil
		}
		emit(kLambda, func() { caps[cp.body], caps[cp.params] = body, params })
	case "call":
		if callee := n.ChildByFieldName("function"); wildcard(callee) {
			emit(kCall, func() { caps[cp.callee] = callee })
		}
	case "import_statement":
		emit(kImport)
	case "import_from_statement":
		emit(kFrom)
	case "assignment":
		lhs, typ, rhs := n.ChildByFieldName("left"), n.ChildByFieldName("type"), n.ChildByFieldName("right")
		if !wildcard(lhs) {
			return
		}
		if !wildcard(typ) {
			typ = nil
		}
		if !wildcard(rhs) {
			rhs = nil
		}
		emit(kAssign, func() { caps[cp.lhs], caps[cp.typ], caps[cp.rhs] = lhs, typ, rhs })
	case "named_expression":
		lhs, rhs := n.ChildByFieldName("name"), n.ChildByFieldName("value")
		if isType(lhs, "identifier") && wildcard(rhs) {
			emit(kWalrus, func() { caps[cp.lhs], caps[cp.rhs] = lhs, rhs })
		}
	case "with_item":
		if v := n.ChildByFieldName("value"); isType(v, "as_pattern") {
			rhs, lhs := asPattern(v, wildcard)
			if rhs != nil && lhs != nil {
				emit(kWith, func() { caps[cp.lhs], caps[cp.rhs] = lhs, rhs })
			}
		}
	case "for_statement":
		if lhs := n.ChildByFieldName("left"); wildcard(lhs) {
			emit(kFor, func() { caps[cp.lhs] = lhs })
		}
	case "except_clause":
		for _, c := range namedChildren(n) {
			if !isType(c, "as_pattern") {
				continue
			}
			if _, lhs := asPattern(c, func(t *sitter.Node) bool { return isType(t, "identifier") }); lhs != nil {
				emit(kExcept, func() { caps[cp.lhs] = lhs })
				return
			}
		}
	case "await":
		for _, c := range namedChildren(n) {
			if isType(c, "call") {
				clear(caps)
				caps[cp.node] = c
				match(kAwait, caps)
				return
			}
		}
	case "return_statement":
		emit(kReturn)
	case "while_statement":
		emit(kWhile)
	case "comment":
		emit(kComment)
	}
}

// asPattern reads `value as target`: the first named child before the
// alias, and the alias target's first named child that ok accepts.
func asPattern(n *sitter.Node, ok func(*sitter.Node) bool) (value, target *sitter.Node) {
	alias := n.ChildByFieldName("alias")
	if !isType(alias, "as_pattern_target") {
		return nil, nil
	}
	for _, t := range namedChildren(alias) {
		if ok(t) {
			target = t
			break
		}
	}
	for _, c := range namedChildren(n) {
		if c.StartByte() >= alias.StartByte() {
			break
		}
		if wildcard(c) {
			value = c
			break
		}
	}
	return value, target
}

// isType reports whether n is present and of type t.
func isType(n *sitter.Node, t string) bool { return n != nil && n.Type() == t }

// wildcard is what the query's (_) matches: a named node that is not an
// error.
func wildcard(n *sitter.Node) bool { return n != nil && n.IsNamed() && !n.IsError() }
