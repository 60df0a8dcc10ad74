package rust

import (
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pending is what one match leaves for the passes after the query: node
// pointers live only while the tree does, inside Extract.
type pending struct {
	pattern int
	node    *sitter.Node
	a, b    *sitter.Node
	span    source.Span // node's, kept to sort without cgo calls
}

// container is an impl, trait or mod body: it names what it holds.
type container struct {
	name string
	span source.Span
	body source.Span
	impl bool // impl or trait: its fns are methods
}

// attr is an outer attribute item: where it starts, and the text between
// #[ and ].
type attr struct {
	start int
	inner source.Span
}

// matchBody is a match expression's arms and the value they match.
type matchBody struct {
	body  source.Span
	value *sitter.Node
}

// Extract computes the facts of one parsed file. It is exported for the
// fuzz tests and for tools that parse on their own. When b expires it
// stops between steps (and inside the long ones) and returns what it has,
// which the front-end drops.
func Extract(p string, src []byte, root *sitter.Node, b *tsx.Budget) (*FileFacts, []source.Comment) {
	x := newExtractor(p, src, b)
	closeTrees := x.collectAll(root)
	defer closeTrees()
	for _, step := range []func(){
		x.linkScopes,  // scope parents, names, attributes; where each offset is
		x.bindItems,   // fn items, by name, where they are declared
		x.bindUses,    // use declarations
		x.structTypes, // struct fields, by their declared types
		x.bindLocals,  // parameters, lets, if-lets and match arms, in source order
		x.resolveCalls,
		x.listAwaits,
		func() { pyo3Facts(x.ff, src, root, b) }, // PyO3 modules, functions and classes
		x.listLoops,
	} {
		if b.Expired() {
			break
		}
		step()
	}
	return x.facts()
}

func newExtractor(p string, src []byte, b *tsx.Budget) *extractor {
	return &extractor{
		budget: b, src: src, ff: &FileFacts{Path: p},
		awaited: map[source.Span]bool{}, memo: map[memoKey]ref{}, globLists: map[int][]string{},
		itemIndexes: map[string]*itemIndex{}, strs: map[string]string{}, byName: map[string][]int{},
		locals: map[localKey]*locals{}, fields: map[string]string{}, attrs: map[int]attr{},
	}
}

// collectAll runs the query over the file's tree, then over its macro
// arguments: token trees to the grammar, parsed again in place, a few
// nesting levels deep. The returned function closes those trees, which
// the pending nodes point into.
func (x *extractor) collectAll(root *sitter.Node) (closeTrees func()) {
	var trees []*sitter.Tree
	var macros []source.Span
	if levels := x.deepCuts(root); levels != nil {
		macros = x.collectDeep(levels, &trees)
	} else {
		macros = x.collect(root, nil)
	}
	for level := 0; level < maxMacroDepth && len(macros) > 0 && !x.budget.Expired(); level++ {
		batches, wrappers := parseMacros(x.src, macros, x.budget)
		trees = append(trees, batches...)
		macros = nil
		for _, tree := range batches {
			macros = append(macros, x.collect(tree.RootNode(), wrappers)...)
		}
	}
	sort.SliceStable(x.items, func(i, j int) bool { return x.items[i].span.Start < x.items[j].span.Start })
	return func() {
		for _, t := range trees {
			t.Close()
		}
	}
}

// collect runs the query over one tree: the file's own, or one holding the
// file's macro arguments at their own offsets, where the wrapper nodes
// that make them parse are skipped. It returns the macro arguments to
// parse next.
func (x *extractor) collect(root *sitter.Node, wrappers map[int]bool) (macros []source.Span) {
	initCaptures()
	query.Each(root, x.budget, func(pattern int, caps []*sitter.Node) {
		n := caps[capNode]
		sp := tsx.SpanOf(n)
		if wrappers[sp.Start] && (pattern == pFn || pattern == pCall || pattern == pParams || pattern == pBlock) {
			return
		}
		switch pattern {
		case pFn, pClosure, pAsyncBlock:
			x.addScope(pattern, n, sp, caps[capName], caps[capBody])
		case pImpl, pTrait, pMod:
			x.containers = append(x.containers, container{
				name: x.typeName(caps[capName]), span: sp, body: tsx.SpanOf(caps[capBody]), impl: pattern != pMod,
			})
		case pComment:
			// Comments in macro arguments are comment nodes already.
			if wrappers == nil {
				x.comments = append(x.comments, source.Comment{Span: sp, Text: shared(x.src, sp), Trailing: tsx.CodeBefore(x.src, sp.Start)})
			}
		case pAwait:
			x.awaits = append(x.awaits, sp)
			if v := n.NamedChild(0); v != nil && nodeKind(v) == "call_expression" {
				x.awaited[tsx.SpanOf(v)] = true
			}
		case pMacro:
			if codeMacro(x.text(caps[capName])) {
				macros = append(macros, tsx.SpanOf(caps[capBody]))
			}
		case pBlock:
			x.blocks = append(x.blocks, sp)
		case pCondition:
			x.conditions = append(x.conditions, sp)
		case pMatch:
			x.matches = append(x.matches, matchBody{tsx.SpanOf(caps[capBody]), caps[capRHS]})
		case pAttr:
			x.attrs[sp.End] = attr{start: sp.Start, inner: tsx.SpanOf(caps[capName])}
		case pParams:
			x.items = append(x.items, pending{pattern, n, caps[capLHS], caps[capBody], sp})
		default:
			x.items = append(x.items, pending{pattern, n, caps[capLHS], caps[capRHS], sp})
		}
	})
	return macros
}

// bindLocals binds parameters, lets, if-lets and match arms in source
// order: a let's value is resolved with the bindings before it, and the
// bindings of each name are kept in the order they are written, which
// lookups rely on to stay logarithmic.
func (x *extractor) bindLocals() {
	x.eachItem(func(it pending) {
		switch it.pattern {
		case pParams:
			x.parameters(it.a, it.b)
		case pLet:
			x.let(it.span, it.node, it.a)
		case pLetCond:
			x.letCondition(it.span, it.a, it.b)
		case pArm:
			x.matchArm(it.span, it.a)
		}
	})
}

// resolveCalls resolves every call, once all names are bound.
func (x *extractor) resolveCalls() {
	x.eachItem(func(it pending) {
		if it.pattern == pCall {
			x.call(it.span, it.a)
		}
	})
}

// eachItem calls fn with each pending match in source order, until the
// budget expires.
func (x *extractor) eachItem(fn func(it pending)) {
	for _, it := range x.items {
		if x.budget.Expired() {
			return
		}
		fn(it)
	}
}

// listAwaits records the awaits in source order with their scopes.
func (x *extractor) listAwaits() {
	sort.Slice(x.awaits, func(i, j int) bool { return x.awaits[i].Start < x.awaits[j].Start })
	for _, a := range x.awaits {
		x.ff.Awaits = append(x.ff.Awaits, Await{Span: a, Scope: x.scopeAt(a.Start)})
	}
}

// facts are the file's facts, bindings in source order, without the slack
// append left: they live for the whole run.
func (x *extractor) facts() (*FileFacts, []source.Comment) {
	ff := x.ff
	sort.SliceStable(ff.Bindings, func(i, j int) bool { return ff.Bindings[i].Span.Start < ff.Bindings[j].Span.Start })
	ff.Scopes, ff.Bindings, ff.Calls, ff.Awaits = clip(ff.Scopes), clip(ff.Bindings), clip(ff.Calls), clip(ff.Awaits)
	return ff, clip(x.comments)
}

type extractor struct {
	budget     *tsx.Budget
	src        []byte
	ff         *FileFacts
	items      []pending // in source order once collected
	comments   []source.Comment
	containers []container
	awaited    map[source.Span]bool
	// blocks are the blocks and declaration lists, conditions the if and
	// while expressions, matches the match expressions, attrs the outer
	// attributes by end offset: what the query saw around each item, so
	// that no step asks a node for its parent.
	blocks     []source.Span
	conditions []source.Span
	matches    []matchBody
	attrs      map[int]attr
	// blockNest, condNest and matchNest find the innermost of each at an
	// offset; implBodies are the bodies of impls and traits.
	blockNest, condNest, matchNest nest
	implBodies                     map[source.Span]bool
	// chains and memo resolve each expression once (see chain); strs
	// interns short resolved strings.
	chains []chain
	memo   map[memoKey]ref
	strs   map[string]string
	// arena holds the strings build writes; written bytes never change.
	arena []byte
	// byName indexes use, glob and item Bindings by name; locals indexes
	// let and parameter Bindings by outermost scope and name, so that a
	// lookup looks at one fn's locals, not every fn's.
	byName map[string][]int
	locals map[localKey]*locals
	// awaits are the .await expressions; fields the declared types of
	// struct fields by "Struct.field", in value notation.
	awaits []source.Span
	fields map[string]string
	// mods are the inline modules' bodies in source order; modOf is the
	// module of each use, glob and item binding (-1: the file).
	mods  []source.Span
	modOf map[int]int
	// scopeNest and modNest find the scope and the module at an offset;
	// roots[i] is scope i's outermost ancestor.
	scopeNest, modNest nest
	roots              []int
	// globLists are the glob lists handed out by segment of globBounds.
	globLists map[int][]string
	// itemIndexes are lookupItem's indexes by name.
	itemIndexes map[string]*itemIndex
	globBounds  []int
	globs       *globIndex
}

// text is a node's source text, sharing the source's bytes.
func (x *extractor) text(n *sitter.Node) string { return shared(x.src, tsx.SpanOf(n)) }

// compact is a node's text without blanks, for paths split over lines.
func (x *extractor) compact(n *sitter.Node) string {
	t := x.text(n)
	if !hasBlank(t) {
		return t
	}
	return strings.Join(strings.Fields(t), "")
}
