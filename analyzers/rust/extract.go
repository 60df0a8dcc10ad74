package rust

import (
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	tsrust "github.com/smacker/go-tree-sitter/rust"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// The patterns, in this order; pattern indexes below follow it.
const (
	pFn = iota
	pClosure
	pAsyncBlock
	pImpl
	pTrait
	pMod
	pUse
	pCall
	pLet
	pLetCond
	pArm
	pParams
	pAwait
	pComment
	pMacro
	pStruct
)

var query = tsx.NewQuery(tsrust.GetLanguage, `
(function_item name: (identifier) @name body: (block) @body) @node
(closure_expression body: (_) @body) @node
(async_block (block) @body) @node
(impl_item type: (_) @name body: (declaration_list) @body) @node
(trait_item name: (type_identifier) @name body: (declaration_list) @body) @node
(mod_item name: (identifier) @name body: (declaration_list) @body) @node
(use_declaration argument: (_) @lhs) @node
(call_expression function: (_) @lhs) @node
(let_declaration pattern: (_) @lhs) @node
(let_condition pattern: (_) @lhs value: (_) @rhs) @node
(match_arm pattern: (match_pattern) @lhs) @node
[(parameters) (closure_parameters)] @node
(await_expression) @node
[(line_comment) (block_comment)] @node
(macro_invocation macro: (_) @name (token_tree) @body) @node
(struct_item name: (type_identifier) @lhs body: (field_declaration_list) @rhs) @node
`)

// Capture indexes in Each's slices, set on first use (compiling the query
// at init would slow every start of the CLI).
var (
	capsOnce                                  sync.Once
	capNode, capName, capBody, capLHS, capRHS int
)

func initCaptures() {
	capsOnce.Do(func() {
		capNode, capName, capBody = query.Capture("node"), query.Capture("name"), query.Capture("body")
		capLHS, capRHS = query.Capture("lhs"), query.Capture("rhs")
	})
}

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

// Extract computes the facts of one parsed file. It is exported for the
// fuzz tests and for tools that parse on their own.
func Extract(p string, src []byte, root *sitter.Node, b *tsx.Budget) (*FileFacts, []source.Comment) {
	x := &extractor{budget: b, src: src, ff: &FileFacts{Path: p}, awaited: map[source.Span]bool{}, memo: map[memoKey]ref{}, globLists: map[int][]string{}, itemIndexes: map[string]*itemIndex{}, strs: map[string]string{}, byName: map[string][]int{}, locals: map[localKey]*locals{}, fields: map[string]string{}}
	macros := x.collect(root, nil)
	// Macro arguments are token trees to the grammar: parse the ones that
	// hold code again, in place, a few nesting levels deep.
	for level := 0; level < maxMacroDepth && len(macros) > 0; level++ {
		tree, wrappers := parseMacros(src, macros, b)
		if tree == nil {
			break
		}
		defer tree.Close()
		macros = x.collect(tree.RootNode(), wrappers)
	}
	items, fnNodes := x.items, x.fnNodes
	x.linkScopes(fnNodes)
	// Names visible regardless of order first (use declarations and fn
	// items, then the parameter and field types they name), then let
	// bindings in source order, then calls.
	for _, it := range items {
		if it.pattern == pUse {
			x.use(it.node, it.a)
		}
	}
	for _, it := range items {
		switch it.pattern {
		case pParams:
			x.parameters(it.node)
		case pStruct:
			x.structFields(it.a, it.b)
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].span.Start < items[j].span.Start })
	for _, it := range items {
		switch it.pattern {
		case pLet:
			x.let(it.span, it.node, it.a)
		case pLetCond:
			x.letCondition(it.node, it.a, it.b)
		case pArm:
			// The arm's match_block, then the match expression's value.
			var value *sitter.Node
			if block := it.node.Parent(); block != nil {
				if m := block.Parent(); m != nil && nodeKind(m) == "match_expression" {
					value = m.ChildByFieldName("value")
				}
			}
			if pat := it.a.NamedChild(0); pat != nil && value != nil {
				// Resolved where the value stands, so that the arms of one
				// match share its resolution.
				v, _ := x.resolve(value, int(value.StartByte()))
				x.bindPattern(pat, Let, v, source.Span{Start: tsx.SpanOf(pat).End, End: it.span.End})
			}
		}
	}
	for _, it := range items {
		if it.pattern == pCall {
			x.call(it.span, it.a)
		}
	}
	sort.Slice(x.awaits, func(i, j int) bool { return x.awaits[i].Start < x.awaits[j].Start })
	for _, a := range x.awaits {
		x.ff.Awaits = append(x.ff.Awaits, Await{Span: a, Scope: x.scopeAt(a.Start)})
	}
	sort.SliceStable(x.ff.Bindings, func(i, j int) bool { return x.ff.Bindings[i].Span.Start < x.ff.Bindings[j].Span.Start })
	// The facts live for the whole run: no slack from append.
	ff := x.ff
	ff.Scopes, ff.Bindings, ff.Calls, ff.Awaits = clip(ff.Scopes), clip(ff.Bindings), clip(ff.Calls), clip(ff.Awaits)
	return ff, clip(x.comments)
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
		if wrappers[sp.Start] && (pattern == pFn || pattern == pCall) {
			return
		}
		switch pattern {
		case pFn:
			x.addScope(pattern, n, sp, caps[capName], caps[capBody])
			x.fnNodes = append(x.fnNodes, n)
		case pClosure, pAsyncBlock:
			x.addScope(pattern, n, sp, nil, caps[capBody])
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
		default:
			x.items = append(x.items, pending{pattern, n, caps[capLHS], caps[capRHS], sp})
		}
	})
	return macros
}

type extractor struct {
	budget     *tsx.Budget
	src        []byte
	ff         *FileFacts
	items      []pending
	fnNodes    []*sitter.Node
	comments   []source.Comment
	containers []container
	awaited    map[source.Span]bool
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
