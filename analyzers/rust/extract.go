package rust

import (
	"sort"
	"strings"
	"sync"
	"unsafe"

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
	pLoop
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
[(loop_expression) (for_expression) (while_expression)] @node
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

// passThrough are methods that keep the value of a Result or Option chain
// for resolution: File::open(p).unwrap().read(..) reads a File.
var passThrough = map[string]bool{
	"unwrap": true, "expect": true, "unwrap_or": true, "unwrap_or_else": true, "unwrap_or_default": true,
	"unwrap_unchecked": true, "ok": true, "context": true, "with_context": true, "map_err": true,
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
		case pLoop:
			x.loop(it.node)
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

type localKey struct {
	root int
	name string
}

// implAt is the type self stands for at offset, or "".
func (x *extractor) implAt(offset int) string {
	if s := x.scopeAt(offset); s >= 0 {
		return x.ff.Scopes[s].Impl
	}
	return ""
}

func (x *extractor) bind(name string, kind BindingKind, value string, at, visible source.Span) {
	i := len(x.ff.Bindings)
	x.ff.Bindings = append(x.ff.Bindings, Binding{Name: name, Kind: kind, Value: value, Span: at, Visible: visible})
	if kind == Let || kind == Param {
		k := localKey{x.rootScope(visible.Start), name}
		l := x.locals[k]
		if l == nil {
			l = &locals{}
			x.locals[k] = l
		}
		l.add(x.ff.Bindings, i)
		return
	}
	x.byName[name] = append(x.byName[name], i)
	x.modOf[i] = x.moduleAt(at.Start)
}

// use binds the names of one use declaration, walking nested groups with an
// explicit stack.
func (x *extractor) use(decl, arg *sitter.Node) {
	parent := decl.Parent()
	if parent == nil {
		return
	}
	visible := x.visibleIn(parent)
	type item struct {
		n      *sitter.Node
		prefix string
	}
	stack := []item{{arg, ""}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		switch nodeKind(n) {
		case "identifier", "scoped_identifier", "crate", "super":
			full := joinPath(it.prefix, strings.TrimPrefix(x.compact(n), "::"))
			name := lastSegment(full)
			if nodeKind(n) == "scoped_identifier" {
				if nm := n.ChildByFieldName("name"); nm != nil {
					name = x.text(nm)
				}
			}
			if name == "self" {
				// use std::fs::self; names the module itself.
				full = strings.TrimSuffix(full, "::self")
				name = lastSegment(full)
			}
			x.bind(name, Use, full, tsx.SpanOf(n), visible)
		case "self":
			// `self` inside a group names the group's path.
			if it.prefix != "" {
				x.bind(lastSegment(it.prefix), Use, it.prefix, tsx.SpanOf(n), visible)
			}
		case "use_as_clause":
			path, alias := n.ChildByFieldName("path"), n.ChildByFieldName("alias")
			if path == nil || alias == nil || x.text(alias) == "_" {
				continue
			}
			full := joinPath(it.prefix, strings.TrimPrefix(x.compact(path), "::"))
			full = strings.TrimSuffix(full, "::self")
			x.bind(x.text(alias), Use, full, tsx.SpanOf(alias), visible)
		case "scoped_use_list":
			prefix := it.prefix
			if path := n.ChildByFieldName("path"); path != nil {
				prefix = joinPath(prefix, strings.TrimPrefix(x.compact(path), "::"))
			}
			if list := n.ChildByFieldName("list"); list != nil {
				for i := int(list.NamedChildCount()) - 1; i >= 0; i-- {
					stack = append(stack, item{list.NamedChild(i), prefix})
				}
			}
		case "use_list":
			for i := int(n.NamedChildCount()) - 1; i >= 0; i-- {
				stack = append(stack, item{n.NamedChild(i), it.prefix})
			}
		case "use_wildcard":
			path := it.prefix
			if n.NamedChildCount() > 0 {
				path = joinPath(path, strings.TrimPrefix(x.compact(n.NamedChild(0)), "::"))
			}
			x.bind("*", Glob, path, tsx.SpanOf(n), visible)
		}
	}
}

// parameters binds the parameters of a fn or closure in its body: to the
// value of their declared type ("<std::fs::File>") when it is a path,
// else to nothing, so that they hide imports of the same name.
func (x *extractor) parameters(n *sitter.Node) {
	owner := n.Parent()
	if owner == nil {
		return
	}
	body := owner.ChildByFieldName("body")
	if body == nil {
		return
	}
	visible := tsx.SpanOf(body)
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		switch nodeKind(c) {
		case "parameter":
			pat := c.ChildByFieldName("pattern")
			if pat == nil {
				continue
			}
			x.bindPattern(pat, Param, x.typeValue(c.ChildByFieldName("type"), visible.Start), visible)
		default:
			x.bindPattern(c, Param, "", visible)
		}
	}
}

// typeValue is the value notation of a declared type: "<std::fs::File>"
// for `File`, `&mut File` or `std::fs::File`; "" for other types.
func (x *extractor) typeValue(n *sitter.Node, offset int) string {
	for n != nil {
		switch nodeKind(n) {
		case "reference_type":
			n = n.ChildByFieldName("type")
			continue
		case "generic_type":
			// Smart pointers stand for what they point to: Arc<Mutex<T>>
			// is locked like a Mutex<T>.
			base := n.ChildByFieldName("type")
			if p, _ := x.path(base, offset); wrappers[p] {
				if args := n.ChildByFieldName("type_arguments"); args != nil && args.NamedChildCount() > 0 {
					n = args.NamedChild(0)
					continue
				}
			}
			n = base
			continue
		case "type_identifier", "scoped_type_identifier":
			if p, _ := x.path(n, offset); p != "" {
				return "<" + p + ">"
			}
		}
		return ""
	}
	return ""
}

// wrappers are the types a value is used through: smart pointers, and
// buffers whose reads and writes are the wrapped value's (a
// BufReader<File> blocks like the File). Arc<T> stands for T, and
// Arc::new(x) for x.
var wrappers = map[string]bool{
	"std::sync::Arc": true, "std::rc::Rc": true, "Box": true, "std::boxed::Box": true,
	"std::io::BufReader": true, "std::io::BufWriter": true, "std::io::LineWriter": true,
}

// structFields records the declared types of a struct's named fields.
func (x *extractor) structFields(name, list *sitter.Node) {
	for i := 0; i < int(list.NamedChildCount()); i++ {
		f := list.NamedChild(i)
		if nodeKind(f) != "field_declaration" {
			continue
		}
		fn, ft := f.ChildByFieldName("name"), f.ChildByFieldName("type")
		if fn == nil || ft == nil {
			continue
		}
		if v := x.typeValue(ft, int(f.StartByte())); v != "" {
			x.fields[x.text(name)+"."+x.text(fn)] = v
		}
	}
}

// withFields replaces "<T>.field" at the start of a resolved chain by the
// field's declared type, as long as fields are read (not called).
func (x *extractor) withFields(v string) string {
	for k := 0; k < 8 && strings.HasPrefix(v, "<"); k++ {
		end := strings.IndexByte(v, '>')
		if end < 0 || end+1 >= len(v) || v[end+1] != '.' {
			return v
		}
		rest := v[end+2:]
		i := strings.IndexAny(rest, ".(")
		field := rest
		if i >= 0 {
			if rest[i] == '(' {
				return v
			}
			field = rest[:i]
		}
		t, ok := x.fields[lastSegment(v[1:end])+"."+field]
		if !ok {
			return v
		}
		v = t + rest[len(field):]
	}
	return v
}

// bindPattern binds the name a pattern introduces. `Ok(f)` and `Some(f)`
// bind f to the value itself, like ? and unwrap. Other patterns (tuples,
// structs) bind nothing.
func (x *extractor) bindPattern(pat *sitter.Node, kind BindingKind, value string, visible source.Span) {
	for pat != nil {
		switch nodeKind(pat) {
		case "identifier":
			x.bind(x.text(pat), kind, value, tsx.SpanOf(pat), visible)
			return
		case "mut_pattern", "ref_pattern":
			pat = pat.NamedChild(int(pat.NamedChildCount()) - 1)
		case "tuple_struct_pattern":
			t := pat.ChildByFieldName("type")
			if t == nil || pat.NamedChildCount() != 2 || (x.text(t) != "Ok" && x.text(t) != "Some") {
				return
			}
			pat = pat.NamedChild(1)
		default:
			return
		}
	}
}

func (x *extractor) let(sp source.Span, n, pat *sitter.Node) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	// A declared type is what the value is, whatever made it.
	value := x.typeValue(n.ChildByFieldName("type"), sp.Start)
	// A dereference (let v = *m.lock().unwrap();) copies the value out:
	// what it was read from is not what v is. The value is resolved where
	// it stands (nothing is bound between let and it), so that the calls
	// in it reuse its resolution.
	if v := n.ChildByFieldName("value"); v != nil && value == "" && nodeKind(v) != "unary_expression" {
		value, _ = x.resolve(v, int(v.StartByte()))
	}
	x.bindPattern(pat, Let, value, source.Span{Start: sp.End, End: int(parent.EndByte())})
}

// letCondition binds `if let` and `while let` patterns in the rest of the
// if or while expression.
func (x *extractor) letCondition(n, pat, value *sitter.Node) {
	end := tsx.SpanOf(n).End
	for p, k := n.Parent(), 0; p != nil && k < 8; p, k = p.Parent(), k+1 {
		end = tsx.SpanOf(p).End
		if t := nodeKind(p); t == "if_expression" || t == "while_expression" {
			break
		}
	}
	v, _ := x.resolve(value, int(value.StartByte()))
	x.bindPattern(pat, Let, v, source.Span{Start: int(n.EndByte()), End: end})
}

// lookupValue resolves a name used as a value: the latest let or parameter
// visible at offset, else the innermost use or fn item. found is false when
// nothing binds it.
func (x *extractor) lookupValue(name string, offset int) (value string, found bool) {
	if l := x.locals[localKey{x.rootScope(offset), name}]; l != nil {
		if b := l.latest(x.ff.Bindings, offset); b != nil {
			return b.Value, true
		}
	}
	return x.lookupItem(name, offset, true)
}

// locals are the let and parameter bindings of one name in one outermost
// scope, in the order they were bound.
type locals struct {
	idx []int // indexes in FileFacts.Bindings
	// skip[i] is the nearest earlier position whose binding stays visible
	// longer than idx[i]'s, or -1: once idx[i] is out of sight, so is all
	// in between.
	skip []int
	// sorted is true while idx is in strictly increasing Span.Start, as
	// lets bound in source order are.
	sorted bool
}

func (l *locals) add(bs []Binding, i int) {
	n := len(l.idx)
	l.sorted = n == 0 || l.sorted && bs[l.idx[n-1]].Span.Start < bs[i].Span.Start
	j := n - 1
	for j >= 0 && bs[l.idx[j]].Visible.End <= bs[i].Visible.End {
		j = l.skip[j]
	}
	l.idx = append(l.idx, i)
	l.skip = append(l.skip, j)
}

// latest is the binding visible at offset that was bound last (greatest
// Span.Start; the first of equal ones), or nil.
func (l *locals) latest(bs []Binding, offset int) *Binding {
	if !l.sorted {
		var best *Binding
		for _, i := range l.idx {
			b := &bs[i]
			if b.Visible.Start <= offset && offset < b.Visible.End && (best == nil || b.Span.Start > best.Span.Start) {
				best = b
			}
		}
		return best
	}
	// A binding is visible only after it is written: start from the last
	// one written at or before offset, and walk back.
	p := sort.Search(len(l.idx), func(k int) bool { return bs[l.idx[k]].Span.Start > offset }) - 1
	for p >= 0 {
		b := &bs[l.idx[p]]
		switch {
		case b.Visible.Start <= offset && offset < b.Visible.End:
			return b
		case b.Visible.End <= offset:
			p = l.skip[p]
		default:
			p--
		}
	}
	return nil
}

// lookupItem resolves a name through use declarations (and fn items when
// items is set), innermost first.
func (x *extractor) lookupItem(name string, offset int, items bool) (string, bool) {
	ix := x.itemIndex(name)
	bs := x.ff.Bindings
	visible := func(p int) bool {
		v := bs[ix.idx[p]].Visible
		return v.Start <= offset && offset < v.End
	}
	// The innermost binding holding offset encloses the last one starting
	// before it, so it is up that one's parents, and so are all the others
	// holding offset, innermost first.
	p := sort.Search(len(ix.idx), func(k int) bool { return bs[ix.idx[k]].Visible.Start > offset }) - 1
	for p >= 0 && !visible(p) {
		p = ix.parent[p]
	}
	mod := x.moduleAt(offset)
	for ; p >= 0; p = ix.parent[p] {
		i := ix.idx[p]
		if (bs[i].Kind == Use || items && bs[i].Kind == Item) && x.modOf[i] == mod {
			return bs[i].Value, true
		}
	}
	return "", false
}

// itemIndex orders the use and item bindings of a name so that lookupItem
// finds the innermost without looking at all of them: by visible span,
// outer first; of equal spans, the one that wins (written later) after.
// Built on first use, once all use and item bindings are in.
type itemIndex struct {
	idx    []int // indexes in FileFacts.Bindings
	parent []int // position of the nearest entry whose span holds this one's, or -1
}

func (x *extractor) itemIndex(name string) *itemIndex {
	if ix, ok := x.itemIndexes[name]; ok {
		return ix
	}
	bs := x.ff.Bindings
	ix := &itemIndex{}
	pos := map[int]int{}
	for k, i := range x.byName[name] {
		if bs[i].Kind == Use || bs[i].Kind == Item {
			ix.idx = append(ix.idx, i)
			pos[i] = k
		}
	}
	sort.SliceStable(ix.idx, func(a, b int) bool {
		va, vb := bs[ix.idx[a]], bs[ix.idx[b]]
		switch {
		case va.Visible.Start != vb.Visible.Start:
			return va.Visible.Start < vb.Visible.Start
		case va.Visible.End != vb.Visible.End:
			return va.Visible.End > vb.Visible.End
		case va.Span.Start != vb.Span.Start:
			return va.Span.Start < vb.Span.Start
		}
		// Of two alike, the first bound wins: it goes inside.
		return pos[ix.idx[a]] > pos[ix.idx[b]]
	})
	var stack []int
	for p, i := range ix.idx {
		v := bs[i].Visible
		for len(stack) > 0 {
			t := bs[ix.idx[stack[len(stack)-1]]].Visible
			if t.Start <= v.Start && v.End <= t.End {
				break
			}
			stack = stack[:len(stack)-1]
		}
		parent := -1
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		ix.parent = append(ix.parent, parent)
		stack = append(stack, p)
	}
	x.itemIndexes[name] = ix
	return ix
}

// moduleAt is the index in mods of the innermost inline mod holding
// offset, or -1 for the file: names declared in a module (use, fn) do not
// reach into its inline submodules.
func (x *extractor) moduleAt(offset int) int { return x.modNest.find(offset) }

// globsAt lists the glob imports visible at offset, innermost first. The
// list is the same between two ends of glob visibility or module bodies:
// it is computed once per such segment, and calls in it share it. Valid
// once all use declarations are bound.
func (x *extractor) globsAt(offset int) []string {
	if x.globBounds == nil {
		x.globBounds = []int{}
		for _, i := range x.byName["*"] {
			v := x.ff.Bindings[i].Visible
			x.globBounds = append(x.globBounds, v.Start, v.End)
		}
		for _, m := range x.mods {
			x.globBounds = append(x.globBounds, m.Start, m.End)
		}
		sort.Ints(x.globBounds)
	}
	seg := sort.SearchInts(x.globBounds, offset+1)
	if out, ok := x.globLists[seg]; ok {
		return out
	}
	var bs []*Binding
	mod := x.moduleAt(offset)
	for _, i := range x.byName["*"] {
		b := &x.ff.Bindings[i]
		if b.Visible.Start <= offset && offset < b.Visible.End && x.modOf[i] == mod {
			bs = append(bs, b)
		}
	}
	if len(bs) == 0 {
		x.globLists[seg] = nil
		return nil
	}
	sort.SliceStable(bs, func(i, j int) bool {
		return bs[i].Visible.End-bs[i].Visible.Start < bs[j].Visible.End-bs[j].Visible.Start
	})
	out := make([]string, 0, len(bs))
	for _, b := range bs {
		out = append(out, b.Value)
	}
	x.globLists[seg] = out
	return out
}

// chain is one expression resolved by walking down it once. The
// expressions met on the way are its prefixes (a.b() in a.b().c()): memo
// keeps them as lengths of raw, so each link of a long chain costs its own
// suffix, not the whole chain again, and all links share raw's bytes.
type chain struct {
	raw  string
	bare bool
	// cut is the first '(' of raw when raw starts with "<T>" then '.'
	// before it, else -1. withFields only reads raw up to that '(', so a
	// prefix longer than cut is fin (withFields(raw)) cut short by the same
	// length; fin is computed when first needed.
	cut  int
	fin  string
	done bool
}

// ref is an expression's resolution: the first n bytes of chains[chain],
// or unresolvable when chain is -1.
type ref struct {
	chain int
	n     int
}

// memoKey names an expression resolved at an offset: call and field
// expressions, where chains are entered.
type memoKey struct {
	start, end, offset int
	call               bool
}

// resolve names an expression in the Callee notation, walking down the
// chain with a loop, never recursion. bare is true when the first segment
// is bound by nothing (a prelude name, a crate root or a glob import).
func (x *extractor) resolve(n *sitter.Node, offset int) (string, bool) {
	return x.final(x.resolveRef(n, offset))
}

// final applies withFields to a resolution and interns the result.
func (x *extractor) final(r ref) (string, bool) {
	if r.chain < 0 {
		return "", false
	}
	c := &x.chains[r.chain]
	raw := c.raw[:r.n]
	if c.cut >= 0 && r.n > c.cut {
		if !c.done {
			c.fin, c.done = x.intern(x.withFields(c.raw)), true
		}
		return c.fin[:len(c.fin)-(len(c.raw)-r.n)], c.bare
	}
	return x.intern(x.withFields(raw)), c.bare
}

// build returns base followed by suffix in reverse order, written in the
// file's arena. When base is the last string written there (the value of
// the previous let x = x.f(), the chain a link extends), the suffix is
// written after it and base is not copied: repeated shadowing costs its
// suffixes, not the square of the chain's length.
func (x *extractor) build(base string, suffix []string) string {
	size := 0
	for _, s := range suffix {
		size += len(s)
	}
	n, c := len(x.arena), cap(x.arena)
	start := -1
	if len(base) > 0 && n >= len(base) && c-n >= size &&
		unsafe.StringData(base) == &x.arena[n-len(base)] {
		start = n - len(base)
	} else {
		if c-n < len(base)+size {
			x.arena = make([]byte, 0, max(4096, 2*(len(base)+size)))
		}
		start = len(x.arena)
		x.arena = append(x.arena, base...)
	}
	for i := len(suffix) - 1; i >= 0; i-- {
		x.arena = append(x.arena, suffix[i]...)
	}
	return unsafe.String(&x.arena[start], len(x.arena)-start)
}

// intern returns one copy of each short string per file: the same callees
// and values repeat across calls.
func (x *extractor) intern(s string) string {
	if len(s) > 128 || s == "" {
		return s
	}
	if t, ok := x.strs[s]; ok {
		return t
	}
	x.strs[s] = s
	return s
}

func (x *extractor) resolveRef(n *sitter.Node, offset int) ref {
	if n == nil {
		return ref{chain: -1}
	}
	k := nodeKind(n)
	var sp source.Span
	if k == "call_expression" || k == "field_expression" {
		sp = tsx.SpanOf(n)
	}
	return x.resolveFrom(n, k, sp, offset)
}

// resolveFrom is resolveRef given the kind of n and, for call and field
// expressions, its span.
func (x *extractor) resolveFrom(n *sitter.Node, k string, sp source.Span, offset int) ref {
	type visit struct {
		key memoKey
		idx int // len(suffix) when the node was met
	}
	var suffix []string
	var visits []visit
	fail := func() ref {
		for _, v := range visits {
			x.memo[v.key] = ref{chain: -1}
		}
		return ref{chain: -1}
	}
	base, bare := "", false
	first := true
loop:
	for {
		if n == nil {
			return fail()
		}
		if !first {
			k = nodeKind(n)
			if k == "call_expression" || k == "field_expression" {
				sp = tsx.SpanOf(n)
			}
		}
		first = false
		if k == "call_expression" || k == "field_expression" {
			key := memoKey{sp.Start, sp.End, offset, k == "call_expression"}
			if r, ok := x.memo[key]; ok {
				if r.chain < 0 {
					return fail()
				}
				if len(suffix) == 0 {
					// Met as a prefix of a chain already walked.
					for _, v := range visits {
						x.memo[v.key] = r
					}
					return r
				}
				base, bare = x.chains[r.chain].raw[:r.n], x.chains[r.chain].bare
				break loop
			}
			visits = append(visits, visit{key, len(suffix)})
		}
		switch k {
		case "call_expression":
			fn := n.ChildByFieldName("function")
			fk := ""
			if fn != nil {
				fk = nodeKind(fn)
			}
			if fk == "field_expression" {
				if f := fn.ChildByFieldName("field"); f != nil && passThrough[x.text(f)] {
					n = fn.ChildByFieldName("value")
					continue
				}
			}
			if fk == "scoped_identifier" {
				if p, _ := x.path(fn, offset); strings.HasSuffix(p, "::new") && wrappers[strings.TrimSuffix(p, "::new")] {
					if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() == 1 {
						n = args.NamedChild(0)
						continue
					}
				}
			}
			suffix = append(suffix, "()")
			n = fn
		case "field_expression":
			f := n.ChildByFieldName("field")
			if f == nil {
				return fail()
			}
			suffix = append(suffix, "."+x.text(f))
			n = n.ChildByFieldName("value")
		case "await_expression":
			suffix = append(suffix, ".await")
			n = n.NamedChild(0)
		case "try_expression", "parenthesized_expression", "unary_expression":
			n = n.NamedChild(0)
		case "reference_expression":
			n = n.ChildByFieldName("value")
		case "generic_function":
			n = n.ChildByFieldName("function")
		case "self":
			if impl := x.implAt(offset); impl != "" {
				base = "<" + impl + ">"
			} else {
				base = "self"
			}
			break loop
		case "identifier":
			name := x.text(n)
			v, found := x.lookupValue(name, offset)
			switch {
			case !found:
				base, bare = name, true
			case v == "":
				return fail()
			default:
				base = v
			}
			break loop
		case "scoped_identifier":
			base, bare = x.path(n, offset)
			if base == "" {
				return fail()
			}
			break loop
		default:
			return fail()
		}
	}
	raw := base
	if len(suffix) > 0 {
		raw = x.build(base, suffix)
	}
	c := chain{raw: raw, bare: bare, cut: -1}
	if strings.HasPrefix(raw, "<") {
		if p, e := strings.IndexByte(raw, '('), strings.IndexByte(raw, '>'); p >= 0 && e >= 0 && e < p {
			c.cut = p
		}
	}
	ci := len(x.chains)
	x.chains = append(x.chains, c)
	// Each node met holds base and the suffixes met after it.
	end := len(base)
	vi := len(visits) - 1
	for si := len(suffix); si >= 0; si-- {
		// Visits with idx == si hold base and suffix[si:] (reversed).
		for ; vi >= 0 && visits[vi].idx == si; vi-- {
			x.memo[visits[vi].key] = ref{chain: ci, n: end}
		}
		if si > 0 {
			end += len(suffix[si-1])
		}
	}
	return ref{chain: ci, n: len(raw)}
}

// textPath is path for a path written as names joined by "::" (with an
// optional leading "::"); ok is false for anything else (generics,
// blanks, comments, raw identifiers), which path walks node by node.
func (x *extractor) textPath(t string, offset int) (p string, bare, ok bool) {
	body, lead := strings.CutPrefix(t, "::")
	if body == "" {
		return "", false, false
	}
	segStart := 0
	for i := 0; i <= len(body); i++ {
		if i == len(body) || body[i] == ':' {
			if i == segStart {
				return "", false, false
			}
			if i < len(body) {
				if i+1 >= len(body) || body[i+1] != ':' {
					return "", false, false
				}
				i++
			}
			segStart = i + 1
			continue
		}
		if c := body[i]; !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return "", false, false
		}
	}
	if lead {
		return body, false, true
	}
	first, rest, _ := strings.Cut(body, "::")
	var base string
	switch first {
	case "Self":
		if base = x.implAt(offset); base == "" {
			base = "Self"
		}
	case "crate", "super", "self":
		base = first
	default:
		if v, found := x.lookupItem(first, offset, false); found && v != "" {
			base = v
		} else {
			base, bare = first, true
		}
	}
	if rest == "" {
		return base, bare, true
	}
	return base + "::" + rest, bare, true
}

// path resolves a path expression or type (`fs::read`, `File`,
// `Self::new`, `Vec::<u8>::new`, `::std::fs::read`) through use
// declarations. bare is true when its first segment is bound by nothing.
func (x *extractor) path(n *sitter.Node, offset int) (string, bool) {
	if n == nil {
		return "", false
	}
	k := nodeKind(n)
	switch k {
	case "scoped_identifier", "scoped_type_identifier", "identifier", "type_identifier":
		// Most paths are plain names and ::, read from the text without
		// a cgo call per segment.
		if p, bare, ok := x.textPath(x.text(n), offset); ok {
			return p, bare
		}
	}
	var segs []string
	base, bare := "", false
	first := true
loop:
	for {
		if n == nil {
			return "", false
		}
		if !first {
			k = nodeKind(n)
		}
		first = false
		switch k {
		case "scoped_identifier", "scoped_type_identifier":
			name := n.ChildByFieldName("name")
			if name == nil {
				return "", false
			}
			segs = append(segs, x.text(name))
			p := n.ChildByFieldName("path")
			if p == nil {
				// A leading :: makes the path absolute.
				break loop
			}
			n = p
		case "generic_type":
			n = n.ChildByFieldName("type")
		case "bracketed_type", "qualified_type":
			if t := n.ChildByFieldName("type"); t != nil {
				n = t
			} else {
				n = n.NamedChild(0)
			}
		case "identifier", "type_identifier":
			name := x.text(n)
			if name == "Self" {
				base = x.implAt(offset)
				if base == "" {
					base = "Self"
				}
				break loop
			}
			if v, found := x.lookupItem(name, offset, false); found && v != "" {
				base = v
			} else {
				base, bare = name, true
			}
			break loop
		case "crate", "super", "self":
			base = x.text(n)
			break loop
		default:
			return "", false
		}
	}
	for i := len(segs) - 1; i >= 0; i-- {
		base = joinPath(base, segs[i])
	}
	return base, bare
}

func (x *extractor) call(callSpan source.Span, callee *sitter.Node) {
	sp := tsx.SpanOf(callee)
	c := Call{
		Text:     shared(x.src, sp),
		Span:     sp,
		CallSpan: callSpan,
		Scope:    x.scopeAt(sp.Start),
	}
	k := nodeKind(callee)
	var bare bool
	c.Callee, bare = x.final(x.resolveFrom(callee, k, sp, sp.Start))
	// The anchor: the method name, or the last segment of a path.
	name := callee
	for k == "generic_function" {
		f := name.ChildByFieldName("function")
		if f == nil {
			break
		}
		name, k = f, nodeKind(f)
	}
	c.Name = sp
	if name != callee {
		c.Name = tsx.SpanOf(name)
	}
	switch k {
	case "field_expression":
		c.Method = true
		if f := name.ChildByFieldName("field"); f != nil {
			c.Name = tsx.SpanOf(f)
		}
	case "scoped_identifier":
		if f := name.ChildByFieldName("name"); f != nil {
			c.Name = tsx.SpanOf(f)
		}
	}
	if c.Scope >= 0 {
		c.Async = x.ff.Scopes[c.Scope].IsAsync()
	}
	c.Awaited = x.awaited[c.CallSpan]
	if bare && c.Callee != "" {
		c.Globs = x.globsAt(sp.Start)
	}
	x.ff.Calls = append(x.ff.Calls, c)
}

func joinPath(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "::" + b
}

// lastSegment is the name a path ends with.
func lastSegment(p string) string {
	if i := strings.LastIndex(p, "::"); i >= 0 {
		return p[i+2:]
	}
	return p
}
