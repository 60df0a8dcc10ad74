package python

import (
	"bytes"
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// addScope records a def, class or lambda as the query meets it; parents
// and names come in linkScopes, once all are known.
func (x *extractor) addScope(k kind, n, name, body *sitter.Node) {
	s := Scope{Span: tsx.SpanOf(n), Body: tsx.SpanOf(body), Parent: -1}
	switch k {
	case kDef:
		// A def node starts with its first keyword; decorators stand
		// outside it.
		s.Kind = Def
		if bytes.HasPrefix(x.src[s.Span.Start:], []byte("async")) {
			s.Kind = AsyncDef
		}
	case kClass:
		s.Kind = Class
	case kLambda:
		s.Kind = Lambda
	}
	if name != nil {
		s.Name = x.text(name)
		s.NameSpan = tsx.SpanOf(name)
	}
	x.ff.Scopes = append(x.ff.Scopes, s)
}

// maxQualDepth bounds the nesting depth of scopes that get a Qual: each
// Qual repeats its parent's, so n nested lambdas would otherwise hold
// O(n²) bytes of names. Python itself refuses code nested this deep.
const maxQualDepth = 200

// linkScopes puts scopes in source order, finds each one's parent, names
// them and maps the file's offsets to the scopes holding them.
func (x *extractor) linkScopes() {
	sc := x.ff.Scopes
	sort.SliceStable(sc, func(i, j int) bool { return sc[i].Span.Start < sc[j].Span.Start })
	x.nestScopes()
	x.nameScopes()
	x.bodyBounds()
}

// nestScopes finds each scope's parent and depth with a stack: scopes in
// source order, a scope's parent is the nearest open one whose body holds
// it.
func (x *extractor) nestScopes() {
	sc := x.ff.Scopes
	x.depth = make([]int, len(sc))
	var stack []int
	for i := range sc {
		if x.budget.Expired() {
			return
		}
		for len(stack) > 0 && !sc[stack[len(stack)-1]].Body.Contains(sc[i].Span) {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			sc[i].Parent = stack[len(stack)-1]
		}
		stack = append(stack, i)
		x.depth[i] = len(stack)
		x.scopeByStart[sc[i].Span.Start] = i
	}
}

// nameScopes gives each scope its qualified name, parents first, and binds
// the names of defs and classes where they stand.
func (x *extractor) nameScopes() {
	sc := x.ff.Scopes
	for i := range sc {
		if x.budget.Expired() {
			return
		}
		parent := x.ff.Module
		if sc[i].Parent >= 0 {
			parent = sc[sc[i].Parent].Qual
		}
		name := sc[i].Name
		if sc[i].Kind == Lambda {
			name = "<lambda>"
		}
		if x.depth[i] <= maxQualDepth {
			sc[i].Qual = joinDot(parent, name)
		}
		if sc[i].Kind != Lambda {
			x.addBinding(Binding{Name: sc[i].Name, Value: sc[i].Qual, Span: sc[i].NameSpan, Scope: sc[i].Parent})
		}
	}
}

// bodyBounds cuts the file at each scope body's first and last byte and
// notes the innermost body holding each piece. Bodies nest or are
// disjoint (they are nodes of one tree), so a stack sweep in body order
// does it.
func (x *extractor) bodyBounds() {
	sc := x.ff.Scopes
	order := make([]int, len(sc))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := sc[order[i]].Body, sc[order[j]].Body
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	mark := func(at, scope int) {
		if k := len(x.bounds) - 1; k >= 0 && x.bounds[k] == at {
			x.inner[k] = scope
			return
		}
		x.bounds = append(x.bounds, at)
		x.inner = append(x.inner, scope)
	}
	var stack []int
	pop := func() {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		below := -1
		if len(stack) > 0 {
			below = stack[len(stack)-1]
		}
		mark(sc[top].Body.End, below)
	}
	for _, i := range order {
		if x.budget.Expired() {
			return
		}
		for len(stack) > 0 && sc[stack[len(stack)-1]].Body.End <= sc[i].Body.Start {
			pop()
		}
		stack = append(stack, i)
		mark(sc[i].Body.Start, i)
	}
	for len(stack) > 0 {
		pop()
	}
}

// scopeAt is the innermost scope whose body holds offset, or -1.
func (x *extractor) scopeAt(offset int) int {
	k := sort.SearchInts(x.bounds, offset+1) - 1
	if k < 0 {
		return -1
	}
	return x.inner[k]
}

// enclosingClass is the class of the method scope stands in, or -1.
func (x *extractor) enclosingClass(scope int) int {
	if scope < 0 || !x.ff.Scopes[scope].IsFunction() {
		return -1
	}
	if p := x.ff.Scopes[scope].Parent; p >= 0 && x.ff.Scopes[p].Kind == Class {
		return p
	}
	return -1
}
