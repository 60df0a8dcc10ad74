// Scopes: fns, closures and async blocks, their nesting and names, and the
// containers (impl, trait, mod) they sit in.

package rust

import (
	"slices"
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
	case pClosure:
		s.Kind = Closure
	case pAsyncBlock:
		s.Kind = AsyncBlock
	}
	x.ff.Scopes = append(x.ff.Scopes, s)
}

// attributesBefore are the #[...] attributes written just before offset,
// in order, across blanks and comments. It reads back from offset over
// what the query saw, where Node.PrevNamedSibling would walk down from the
// root for every fn.
func (x *extractor) attributesBefore(offset int) []string {
	var out []string
	for i := offset; i > 0; {
		if a, ok := x.attrs[i]; ok {
			out = append(out, strings.Join(strings.Fields(shared(x.src, a.inner)), " "))
			i = a.start
			continue
		}
		if c := x.commentEndingAt(i); c >= 0 {
			i = x.comments[c].Start
			continue
		}
		if !isBlank(x.src[i-1]) {
			break
		}
		i--
	}
	slices.Reverse(out)
	return out
}

// commentEndingAt is the index of the comment that ends at offset, or -1.
func (x *extractor) commentEndingAt(offset int) int {
	cs := x.comments
	i := sort.Search(len(cs), func(i int) bool { return cs[i].End >= offset })
	if i < len(cs) && cs[i].End == offset {
		return i
	}
	return -1
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

// linkScopes sorts scopes by position, finds each one's parent and
// qualified name, attaches fn attributes, and indexes where each scope,
// module and block is, for lookups by offset.
func (x *extractor) linkScopes() {
	sc := x.ff.Scopes
	sort.SliceStable(sc, func(i, j int) bool { return sc[i].Span.Start < sc[j].Span.Start })
	sort.SliceStable(x.containers, func(i, j int) bool { return x.containers[i].span.Start < x.containers[j].span.Start })
	x.modOf = map[int]int{}
	x.implBodies = map[source.Span]bool{}
	for _, c := range x.containers {
		if c.impl {
			x.implBodies[c.body] = true
		} else {
			x.mods = append(x.mods, c.body)
		}
	}
	x.nestScopes()
	for i := range sc {
		if sc[i].Kind == Fn || sc[i].Kind == AsyncFn {
			sc[i].Attrs = x.attributesBefore(sc[i].Span.Start)
		}
	}
	x.indexScopes()
	x.indexParents()
}

// nestScopes walks scopes and containers in source order with a stack of
// the enclosing ones. Each entry carries what its inner entries inherit
// (the innermost scope and qualified name), so no step looks down the
// stack: nesting 10,000 closures deep costs 10,000 steps.
func (x *extractor) nestScopes() {
	sc := x.ff.Scopes
	type open struct {
		body    source.Span
		scope   int  // innermost scope at or above this entry, or -1
		isScope bool // the entry is scope `scope`, not a container
		qual    string
		impl    string // set for an impl or trait container
	}
	var stack []open
	top := func() open {
		if len(stack) == 0 {
			return open{scope: -1}
		}
		return stack[len(stack)-1]
	}
	body := func(o open) source.Span { return o.body }
	ci := 0
	for i := range sc {
		for ; ci < len(x.containers) && x.containers[ci].span.Start <= sc[i].Span.Start; ci++ {
			c := x.containers[ci]
			stack = popTo(stack, c.span, body)
			q := JoinPath(top().qual, c.name)
			o := open{body: c.body, scope: top().scope, qual: nestedQual(top().qual, q)}
			if c.impl {
				o.impl = q
			}
			stack = append(stack, o)
		}
		stack = popTo(stack, sc[i].Span, body)
		t := top()
		sc[i].Parent = t.scope
		switch {
		case sc[i].Kind == Fn || sc[i].Kind == AsyncFn:
			sc[i].Qual = JoinPath(t.qual, sc[i].Name)
			if len(stack) > 0 && !t.isScope {
				sc[i].Impl = t.impl
			}
		case sc[i].Parent >= 0:
			// Closures and async blocks capture self from where they stand.
			sc[i].Impl = sc[sc[i].Parent].Impl
		}
		qual := t.qual
		if sc[i].Qual != "" {
			qual = nestedQual(t.qual, sc[i].Qual)
		}
		stack = append(stack, open{body: sc[i].Body, scope: i, isScope: true, qual: qual})
	}
}

// maxQualLen bounds the qualified name items inside an item inherit: each
// name copies its parent's, so fns nested 10,000 deep would hold the
// square of that. Past it, inner items are named from the last parent
// within the bound (real code stays far below it).
const maxQualLen = 512

// nestedQual is what the items inside one named q inherit.
func nestedQual(parent, q string) string {
	if len(q) > maxQualLen {
		return parent
	}
	return q
}

// bindItems binds fn items other than methods by name in the block,
// module or file that declares them.
func (x *extractor) bindItems() {
	for _, s := range x.ff.Scopes {
		if s.Kind != Fn && s.Kind != AsyncFn {
			continue
		}
		if in, ok := x.blockAt(s.Span.Start); ok && x.implBodies[in] {
			continue
		}
		x.bind(s.Name, Item, s.Qual, s.NameSpan, x.visibleAt(s.Span.Start))
	}
}

// popTo drops the entries of stack whose body does not hold sp.
func popTo[T any](stack []T, sp source.Span, body func(T) source.Span) []T {
	for len(stack) > 0 && !body(stack[len(stack)-1]).Contains(sp) {
		stack = stack[:len(stack)-1]
	}
	return stack
}

// blockAt is the innermost block or declaration list holding offset.
func (x *extractor) blockAt(offset int) (source.Span, bool) {
	if i := x.blockNest.find(offset); i >= 0 {
		return x.blocks[i], true
	}
	return source.Span{}, false
}

// visibleAt is where a name declared at offset can be used: the block,
// module body or file that holds the declaration.
func (x *extractor) visibleAt(offset int) source.Span {
	if b, ok := x.blockAt(offset); ok {
		return b
	}
	return source.Span{Start: 0, End: len(x.src)}
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

// indexParents indexes blocks, conditions and match bodies by position:
// the innermost one holding an item is its parent.
func (x *extractor) indexParents() {
	x.blockNest = nestOf(x.blocks, func(s source.Span) source.Span { return s })
	x.condNest = nestOf(x.conditions, func(s source.Span) source.Span { return s })
	x.matchNest = nestOf(x.matches, func(m matchBody) source.Span { return m.body })
}

// nestOf builds a nest over spans of items; ids are indexes in items.
func nestOf[T any](items []T, span func(T) source.Span) nest {
	iv := make([]interval, len(items))
	for i, it := range items {
		iv[i] = interval{span(it), i}
	}
	sortIntervals(iv)
	return newNest(iv)
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
