package python

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pendingReturn is a def's return annotation (annotation set, def the
// def's first byte) or a return statement, kept for returnFacts.
type pendingReturn struct {
	node       *sitter.Node
	def        int
	annotation bool
}

// returnFacts gives each def what its calls return (Scope.Returns): the
// return statements first, then the annotations, which win when they name
// a class. It runs once bindings are final and calls resolved.
func (x *extractor) returnFacts(rs []pendingReturn) {
	var conflict map[int]bool
	for _, r := range rs {
		if x.budget.Expired() {
			return
		}
		if r.annotation {
			continue
		}
		at := int(r.node.StartByte())
		fn := x.scopeAt(at)
		if fn < 0 || !x.ff.Scopes[fn].IsFunction() || conflict[fn] {
			continue
		}
		v, sp, ok := x.returnValue(r.node, at)
		if !ok {
			continue
		}
		s := &x.ff.Scopes[fn]
		switch {
		case v == "" || s.ReturnsAt != (source.Span{}) && s.Returns != v:
			if conflict == nil {
				conflict = map[int]bool{}
			}
			conflict[fn] = true
			s.Returns, s.ReturnsAt = "", source.Span{}
		case s.ReturnsAt == (source.Span{}) || sp.Start < s.ReturnsAt.Start:
			s.Returns, s.ReturnsAt = v, sp
		}
	}
	for _, r := range rs {
		if x.budget.Expired() {
			return
		}
		fn, ok := x.scopeByStart[r.def]
		if !r.annotation || !ok {
			continue
		}
		// Annotations are evaluated where the def stands.
		if v := x.annotation(r.node, x.ff.Scopes[fn].Span.Start); v != "" {
			x.ff.Scopes[fn].Returns, x.ff.Scopes[fn].ReturnsAt = v, tsx.SpanOf(r.node)
		}
	}
}

// returnValue names what a return statement returns: ok is false when it
// says nothing (a bare return, return None), v is empty when it cannot be
// named (an expression, a parameter, a tuple).
func (x *extractor) returnValue(n *sitter.Node, at int) (v string, sp source.Span, ok bool) {
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
