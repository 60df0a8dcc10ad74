// Scopes: fns, closures and async blocks, their nesting and names, and the
// containers (impl, trait, mod) they sit in.

package rust

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

func (x *extractor) addScope(pattern int, n *sitter.Node, sp source.Span, name, body *sitter.Node) {
	s := Scope{Span: sp, Body: tsx.SpanOf(body), Parent: -1}
	switch pattern {
	case pFn:
		s.Kind = Fn
		for i := 0; i < int(n.NamedChildCount()); i++ {
			if c := n.NamedChild(i); nodeKind(c) == "function_modifiers" {
				for j := 0; j < int(c.ChildCount()); j++ {
					if nodeKind(c.Child(j)) == "async" {
						s.Kind = AsyncFn
					}
				}
			}
		}
		s.Name = x.text(name)
		s.NameSpan = tsx.SpanOf(name)
		s.Attrs = x.attributes(n)
	case pClosure:
		s.Kind = Closure
	case pAsyncBlock:
		s.Kind = AsyncBlock
	}
	x.ff.Scopes = append(x.ff.Scopes, s)
}

// attributes are the #[...] items written just before a fn, in order.
func (x *extractor) attributes(n *sitter.Node) []string {
	var out []string
	for p := n.PrevNamedSibling(); p != nil; p = p.PrevNamedSibling() {
		switch nodeKind(p) {
		case "attribute_item":
			if a := p.NamedChild(0); a != nil {
				out = append(out, x.compactAttr(a))
			}
			continue
		case "line_comment", "block_comment":
			continue
		}
		break
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// compactAttr keeps an attribute's text on one line.
func (x *extractor) compactAttr(n *sitter.Node) string {
	return strings.Join(strings.Fields(x.text(n)), " ")
}

// typeName names an impl's or a trait's type without generic arguments.
func (x *extractor) typeName(n *sitter.Node) string {
	for n != nil && nodeKind(n) == "generic_type" {
		n = n.ChildByFieldName("type")
	}
	if n == nil {
		return ""
	}
	return x.compact(n)
}

// linkScopes sorts scopes by position, finds each one's parent with a
// stack, names fns and binds fn items by name where they are visible.
func (x *extractor) linkScopes(fnNodes []*sitter.Node) {
	sc := x.ff.Scopes
	sort.SliceStable(sc, func(i, j int) bool { return sc[i].Span.Start < sc[j].Span.Start })
	sort.SliceStable(x.containers, func(i, j int) bool { return x.containers[i].span.Start < x.containers[j].span.Start })
	x.modOf = map[int]int{}
	for _, c := range x.containers {
		if !c.impl {
			x.mods = append(x.mods, c.body)
		}
	}
	// One walk over scopes and containers in source order: the stack holds
	// the enclosing ones; a container's qualified name is kept with it.
	type open struct {
		body  source.Span
		scope int // index in sc, or -1 for a container
		qual  string
		impl  string // set for an impl or trait container
	}
	var stack []open
	ci := 0
	for i := range sc {
		for ; ci < len(x.containers) && x.containers[ci].span.Start <= sc[i].Span.Start; ci++ {
			c := x.containers[ci]
			stack = popTo(stack, c.span, func(o open) source.Span { return o.body })
			q := joinPath(qualOf(stack, func(o open) string { return o.qual }), c.name)
			o := open{body: c.body, scope: -1, qual: q}
			if c.impl {
				o.impl = q
			}
			stack = append(stack, o)
		}
		stack = popTo(stack, sc[i].Span, func(o open) source.Span { return o.body })
		parentQual := qualOf(stack, func(o open) string { return o.qual })
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].scope >= 0 {
				sc[i].Parent = stack[k].scope
				break
			}
		}
		top := -1
		if len(stack) > 0 {
			top = len(stack) - 1
		}
		switch {
		case sc[i].Kind == Fn || sc[i].Kind == AsyncFn:
			sc[i].Qual = joinPath(parentQual, sc[i].Name)
			if top >= 0 && stack[top].scope < 0 && stack[top].impl != "" {
				sc[i].Impl = stack[top].impl
			}
		case sc[i].Parent >= 0:
			// Closures and async blocks capture self from where they stand.
			sc[i].Impl = sc[sc[i].Parent].Impl
		}
		stack = append(stack, open{body: sc[i].Body, scope: i, qual: sc[i].Qual})
	}
	x.indexScopes()
	// Fn items other than methods are bound by name in the block, module or
	// file that declares them.
	for _, n := range fnNodes {
		parent := n.Parent()
		if parent == nil {
			continue
		}
		if nodeKind(parent) == "declaration_list" {
			if gp := parent.Parent(); gp != nil && (nodeKind(gp) == "impl_item" || nodeKind(gp) == "trait_item") {
				continue
			}
		}
		sp := tsx.SpanOf(n)
		i := sort.Search(len(sc), func(i int) bool { return sc[i].Span.Start >= sp.Start })
		if i == len(sc) || sc[i].Span != sp {
			continue
		}
		x.bind(sc[i].Name, Item, sc[i].Qual, sc[i].NameSpan, x.visibleIn(parent))
	}
}

// popTo drops the entries of stack whose body does not hold sp.
func popTo[T any](stack []T, sp source.Span, body func(T) source.Span) []T {
	for len(stack) > 0 && !body(stack[len(stack)-1]).Contains(sp) {
		stack = stack[:len(stack)-1]
	}
	return stack
}

// qualOf is the qualified name of the innermost named entry of stack.
func qualOf[T any](stack []T, qual func(T) string) string {
	for k := len(stack) - 1; k >= 0; k-- {
		if q := qual(stack[k]); q != "" {
			return q
		}
	}
	return ""
}

// visibleIn is where a name declared directly in parent can be used.
func (x *extractor) visibleIn(parent *sitter.Node) source.Span {
	if nodeKind(parent) == "source_file" {
		return source.Span{Start: 0, End: len(x.src)}
	}
	return tsx.SpanOf(parent)
}

// indexScopes indexes the scopes' bodies and the inline modules' bodies
// by position, and each scope's outermost ancestor.
func (x *extractor) indexScopes() {
	sc := x.ff.Scopes
	iv := make([]interval, len(sc))
	x.roots = make([]int, len(sc))
	for i, s := range sc {
		iv[i] = interval{s.Body, i}
		// Parents come before their children.
		x.roots[i] = i
		if s.Parent >= 0 {
			x.roots[i] = x.roots[s.Parent]
		}
	}
	sortIntervals(iv)
	x.scopeNest = newNest(iv)
	iv = iv[:0]
	for i, m := range x.mods {
		iv = append(iv, interval{m, i})
	}
	sortIntervals(iv)
	x.modNest = newNest(iv)
}

// sortIntervals sorts by start, the longer first when two start together.
func sortIntervals(iv []interval) {
	sort.SliceStable(iv, func(i, j int) bool {
		if iv[i].span.Start != iv[j].span.Start {
			return iv[i].span.Start < iv[j].span.Start
		}
		return iv[i].span.End > iv[j].span.End
	})
}

// scopeAt is the innermost scope whose body holds offset, or -1. Valid
// once linkScopes has run.
func (x *extractor) scopeAt(offset int) int { return x.scopeNest.find(offset) }

// rootScope is the outermost scope holding offset, or -1.
func (x *extractor) rootScope(offset int) int {
	if s := x.scopeAt(offset); s >= 0 {
		return x.roots[s]
	}
	return -1
}

// implAt is the type self stands for at offset, or "".
func (x *extractor) implAt(offset int) string {
	if s := x.scopeAt(offset); s >= 0 {
		return x.ff.Scopes[s].Impl
	}
	return ""
}

// moduleAt is the index in mods of the innermost inline mod holding
// offset, or -1 for the file: names declared in a module (use, fn) do not
// reach into its inline submodules.
func (x *extractor) moduleAt(offset int) int { return x.modNest.find(offset) }
