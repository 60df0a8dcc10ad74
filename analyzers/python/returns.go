package python

import (
	"bytes"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pendingReturn is a def's return annotation (annotation set, def the
// def's first byte), a return statement or a yield, kept for returnFacts.
type pendingReturn struct {
	node       *sitter.Node
	def        int
	annotation bool
	yield      bool
}

// agreed is the value the returns (or the yields) of one def agree on.
type agreed struct {
	value    string
	at       source.Span
	conflict bool
}

// add folds one more returned value in: the first in source order is kept
// as where it came from; an unnamed one, or one that differs, leaves
// nothing.
func (a *agreed) add(v string, at source.Span) {
	switch {
	case a.conflict:
	case v == "" || a.at != (source.Span{}) && a.value != v:
		a.conflict, a.value, a.at = true, "", source.Span{}
	case a.at == (source.Span{}) || at.Start < a.at.Start:
		a.value, a.at = v, at
	}
}

// returnFacts gives each def what its calls give (Scope.Returns): for a
// generator, the value its yields agree on (what a FastAPI dependency or a
// contextmanager hands out); else the value its returns agree on, unless
// its annotation names a class. It runs once bindings are final and calls
// resolved.
func (x *extractor) returnFacts(rs []pendingReturn) {
	var returns, yields map[int]*agreed
	for _, r := range rs {
		if x.budget.Expired() {
			return
		}
		if r.annotation {
			continue
		}
		at := int(r.node.StartByte())
		fn := x.scopeAt(at)
		if fn < 0 || !x.ff.Scopes[fn].IsFunction() {
			continue
		}
		v, sp, ok := x.returnValue(r.node, at)
		if !ok {
			continue
		}
		m := &returns
		if r.yield {
			m = &yields
		}
		if *m == nil {
			*m = map[int]*agreed{}
		}
		a := (*m)[fn]
		if a == nil {
			a = &agreed{}
			(*m)[fn] = a
		}
		a.add(v, sp)
	}
	for fn, a := range returns {
		if _, generator := yields[fn]; !generator {
			x.ff.Scopes[fn].Returns, x.ff.Scopes[fn].ReturnsAt = a.value, a.at
		}
	}
	for fn, a := range yields {
		x.ff.Scopes[fn].Returns, x.ff.Scopes[fn].ReturnsAt = a.value, a.at
	}
	for _, r := range rs {
		if x.budget.Expired() {
			return
		}
		fn, ok := x.scopeByStart[r.def]
		if _, generator := yields[fn]; !r.annotation || !ok || generator {
			continue
		}
		// Annotations are evaluated where the def stands.
		if v := x.annotation(r.node, x.ff.Scopes[fn].Span.Start); v != "" {
			x.ff.Scopes[fn].Returns, x.ff.Scopes[fn].ReturnsAt = v, tsx.SpanOf(r.node)
		}
	}
}

// returnValue names what a return statement or a yield hands out: ok is
// false when it says nothing (a bare return or yield, None), v is empty
// when it cannot be named (an expression, a parameter, a tuple, a yield
// from).
func (x *extractor) returnValue(n *sitter.Node, at int) (v string, sp source.Span, ok bool) {
	if kindOf(n) == "yield" && bytes.HasPrefix(x.src[at:], []byte("yield from")) {
		return "", tsx.SpanOf(n), true
	}
	var val *sitter.Node
	for _, c := range namedChildren(n) {
		if c.Type() != "comment" {
			val = unparen(c)
			break
		}
	}
	if val == nil || val.Type() == "none" {
		return "", source.Span{}, false
	}
	sp = tsx.SpanOf(val)
	switch val.Type() {
	case "call", "identifier", "attribute":
		v = x.resolve(val, at, false)
	}
	// A name bound nowhere resolves to itself: it names nothing.
	if !strings.ContainsAny(v, ".(") {
		v = ""
	}
	return v, sp, true
}

// dependsValue is what FastAPI injects for a parameter defaulting to
// Depends(factory) or Security(factory): the factory's result,
// "app.deps.get_service()"; "" for anything else. offset is where the def
// stands, where defaults are evaluated.
func (x *extractor) dependsValue(def *sitter.Node, offset int) string {
	if def == nil || def.Type() != "call" {
		return ""
	}
	fn, args := def.ChildByFieldName("function"), def.ChildByFieldName("arguments")
	if fn == nil || args == nil || !injectors[x.resolve(fn, offset, false)] {
		return ""
	}
	if args.NamedChildCount() == 0 {
		return ""
	}
	factory := args.NamedChild(0)
	if factory.Type() == "keyword_argument" && x.text(factory.ChildByFieldName("name")) == "dependency" {
		factory = factory.ChildByFieldName("value")
	}
	if factory == nil || factory.Type() != "identifier" && factory.Type() != "attribute" {
		return ""
	}
	v := x.resolve(factory, offset, false)
	if v == "" || strings.ContainsAny(v, "()[]/") {
		return ""
	}
	return v + "()"
}

// injectors are FastAPI's dependency markers.
var injectors = map[string]bool{
	"fastapi.Depends": true, "fastapi.params.Depends": true, "fastapi.param_functions.Depends": true,
	"fastapi.Security": true, "fastapi.params.Security": true, "fastapi.param_functions.Security": true,
}
