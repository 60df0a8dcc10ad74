package python

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// lookup resolves a bare name used at offset in scope: the nearest scope
// (skipping class bodies above the first, as Python does) that binds it, the
// last binding before offset or else the first after it.
func (x *extractor) lookup(name string, scope, offset int) (string, bool) {
	if v, ok := x.bindingIn(name, scope, offset); ok || scope < 0 {
		return v, ok
	}
	if q := x.binder(name, x.ff.Scopes[scope].Parent); q != noScope {
		return x.bindingIn(name, q, offset)
	}
	return "", false
}

// noScope is binder's answer when no scope binds the name.
const noScope = -2

// binder is the nearest of scope and its ancestors that binds name, class
// bodies skipped, or noScope. Answers are memoised for scopes whose
// bindings are final (see final), so that lookups from deep inside nested
// scopes do not walk the same chain again: a file of n nested lambdas
// each calling f costs O(n), not O(n²).
func (x *extractor) binder(name string, scope int) int {
	path := x.path[:0]
	found := noScope
	for {
		final := x.final(scope)
		if final {
			if q, ok := x.binders[bindingKey{scope, name}]; ok {
				found = q
				break
			}
			path = append(path, scope)
		}
		if (scope < 0 || x.ff.Scopes[scope].Kind != Class) && len(x.byKey[bindingKey{scope, name}]) > 0 {
			found = scope
			break
		}
		if scope < 0 {
			break
		}
		scope = x.ff.Scopes[scope].Parent
	}
	for _, s := range path {
		x.binders[bindingKey{s, name}] = found
	}
	x.path = path
	return found
}

// final tells whether a scope's bindings can still change: values are
// bound outermost first, so while items of depth d are bound, scopes
// above d are complete; once calls are resolved, all are.
func (x *extractor) final(scope int) bool {
	depth := 0
	if scope >= 0 {
		depth = x.depth[scope]
	}
	return depth <= x.finalDepth
}

func (x *extractor) bindingIn(name string, scope, offset int) (string, bool) {
	list := x.byKey[bindingKey{scope, name}]
	if len(list) == 0 {
		return "", false
	}
	// The last binding at or before offset, else the first after it.
	i := sort.Search(len(list), func(i int) bool { return x.ff.Bindings[list[i]].Span.Start > offset })
	if i > 0 {
		return x.ff.Bindings[list[i-1]].Value, true
	}
	return x.ff.Bindings[list[0]].Value, true
}

// resolve names an expression: identifiers through bindings, attribute
// chains by appending, calls in the chain as "()", subscripts as "[]" and
// the / operator (pathlib's join) as "/". It walks down the chain with a
// loop, never recursion. A call met on the way that x.memo already names
// ends the walk; with memoize, every call met gets its callee in x.memo as
// a prefix of the one string built, so a chain of n calls costs O(n) time
// and memory however its calls are asked for.
func (x *extractor) resolve(n *sitter.Node, offset int, memoize bool) string {
	if s, ok := x.dotted(x.text(n), offset); ok {
		return s
	}
	base, known, steps := x.walkChain(n, offset)
	full := ""
	if known {
		full = joinChain(base, steps)
	}
	if memoize {
		x.memoChain(full, known, steps)
	}
	return x.intern(full)
}

// step is one link of a chain that resolve walks down, outermost first.
type step struct {
	suffix string
	call   source.Span // the call node this step leaves, for "()"
}

// walkChain walks from n down the chain to its base: the name it starts
// from, resolved, or the callee of a call already in x.memo. It returns the
// base, whether it is known, and the links met on the way (in x.steps, reused
// from call to call).
func (x *extractor) walkChain(n *sitter.Node, offset int) (base string, known bool, steps []step) {
	steps = x.steps[:0]
	defer func() { x.steps = steps[:0] }()
	for n != nil && !x.budget.Expired() {
		switch n.Type() {
		case "attribute":
			steps = append(steps, step{suffix: "." + x.text(n.ChildByFieldName("attribute"))})
			n = n.ChildByFieldName("object")
		case "call":
			sp := tsx.SpanOf(n)
			if v, ok := x.memo[sp]; ok {
				if v != "" {
					return v + "()", true, steps
				}
				return "", false, steps
			}
			steps = append(steps, step{suffix: "()", call: sp})
			n = n.ChildByFieldName("function")
		case "subscript":
			steps = append(steps, step{suffix: "[]"})
			n = n.ChildByFieldName("value")
		case "binary_operator":
			if op := n.ChildByFieldName("operator"); op == nil || x.text(op) != "/" {
				return "", false, steps
			}
			steps = append(steps, step{suffix: "/"})
			n = n.ChildByFieldName("left")
		case "parenthesized_expression":
			if n.NamedChildCount() != 1 {
				return "", false, steps
			}
			n = n.NamedChild(0)
		case "identifier":
			base = x.name(x.text(n), offset)
			known = base != ""
			// self.client resolves through what the class assigned to it.
			if k := len(steps) - 1; known && k >= 0 {
				if v, ok := x.attr(base, steps[k].suffix); ok {
					base, known = v, v != ""
					steps = steps[:k]
				}
			}
			return base, known, steps
		default:
			return "", false, steps
		}
	}
	return "", false, steps
}

// joinChain is base followed by the links of steps, innermost first, built
// in one allocation.
func joinChain(base string, steps []step) string {
	size := len(base)
	for _, st := range steps {
		size += len(st.suffix)
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(base)
	for i := len(steps) - 1; i >= 0; i-- {
		b.WriteString(steps[i].suffix)
	}
	return b.String()
}

// memoChain names each call met on the walk by the prefix of full that
// ends before its "()", sharing full's bytes, so that a chain of n calls
// costs O(n) however its calls are asked for; unknown chains leave every
// call in them unknown.
func (x *extractor) memoChain(full string, known bool, steps []step) {
	end := len(full)
	for _, st := range steps {
		end -= len(st.suffix)
		if st.suffix == "()" {
			if known {
				x.memo[st.call] = full[:end]
			} else {
				x.memo[st.call] = ""
			}
		}
	}
}

// dotted resolves a plain dotted name ("a", "a.b.c") from its source text,
// without walking the tree; ok is false for anything else, which resolve
// then walks. Most callees are such names.
func (x *extractor) dotted(text string, offset int) (string, bool) {
	first, ok := dottedName(text)
	if !ok {
		return "", false
	}
	base := x.name(first, offset)
	if base == "" {
		return "", true
	}
	rest, rewritten := text[len(first):], false
	if rest != "" {
		attr := rest
		if i := strings.IndexByte(rest[1:], '.'); i >= 0 {
			attr = rest[:i+1]
		}
		if v, ok := x.attr(base, attr); ok {
			if v == "" {
				return "", true
			}
			base, rest, rewritten = v, rest[len(attr):], true
		}
	}
	switch {
	case rest == "":
		return base, true
	case base == first && !rewritten:
		// Unbound: the name as written, which the source already holds.
		return text, true
	}
	return x.intern(base + rest), true
}

// dottedName reports whether s is identifiers joined by dots, as the
// grammar parses into identifier and attribute nodes, and gives the first.
// Keywords, digits first, non-ASCII, blanks and comments are refused.
func dottedName(s string) (first string, ok bool) {
	seg := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || ('0' <= c && c <= '9' && i > seg) {
				continue
			}
			if c != '.' {
				return "", false
			}
		}
		if i == seg || keyword(s[seg:i]) {
			return "", false
		}
		if seg == 0 {
			first = s[:i]
		}
		seg = i + 1
	}
	return first, true
}

// keyword is true for Python's reserved words, which are not names.
func keyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
		"return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// attr is what the class attribute base+suffix holds (suffix ".name"), if
// a method or the class body set it.
func (x *extractor) attr(base, suffix string) (string, bool) {
	if len(x.attrs) == 0 {
		return "", false
	}
	x.key = append(append(x.key[:0], base...), suffix...)
	v, ok := x.attrs[string(x.key)]
	return v, ok
}

// name resolves one identifier; self and cls name the enclosing class.
func (x *extractor) name(id string, offset int) string {
	scope := x.scopeAt(offset)
	if id == "self" || id == "cls" {
		if fn := scope; fn >= 0 && x.ff.Scopes[fn].IsFunction() {
			if cls := x.ff.Scopes[fn].Parent; cls >= 0 && x.ff.Scopes[cls].Kind == Class {
				return x.ff.Scopes[cls].Qual
			}
		}
	}
	if v, ok := x.lookup(id, scope, offset); ok {
		return v
	}
	return id
}

func (x *extractor) call(p pendingCall) {
	callee, ok := x.memo[p.callSpan]
	if !ok {
		callee, ok = x.dotted(x.share(p.span), p.span.Start)
	}
	if !ok {
		callee = x.resolve(p.callee, p.span.Start, true)
	}
	c := Call{
		Callee:   callee,
		Text:     x.share(p.span),
		Span:     p.span,
		CallSpan: p.callSpan,
		Scope:    x.scopeAt(p.span.Start),
	}
	if c.Scope >= 0 {
		c.Async = x.ff.Scopes[c.Scope].Kind == AsyncDef
	}
	c.Awaited = x.awaited[c.CallSpan]
	x.ff.Calls = append(x.ff.Calls, c)
}
