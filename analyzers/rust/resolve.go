// Resolution: names looked up through bindings, and expressions and calls
// resolved to paths, walking each chain once.

package rust

import (
	"sort"
	"strings"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// passThrough are methods that keep the value of a Result or Option chain
// for resolution: File::open(p).unwrap().read(..) reads a File.
var passThrough = map[string]bool{
	"unwrap": true, "expect": true, "unwrap_or": true, "unwrap_or_else": true, "unwrap_or_default": true,
	"unwrap_unchecked": true, "ok": true, "context": true, "with_context": true, "map_err": true,
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
		x.globs = x.newGlobIndex()
	}
	seg := sort.SearchInts(x.globBounds, offset+1)
	if out, ok := x.globLists[seg]; ok {
		return out
	}
	// The globs of the module at offset whose sight holds it: from the
	// innermost such sight outwards, until the module's body is left.
	mod := x.moduleAt(offset)
	body := source.Span{Start: 0, End: len(x.src)}
	if mod >= 0 {
		body = x.mods[mod]
	}
	g := x.globs
	var out []string
	for p := g.nest.find(offset); p >= 0 && body.Start <= g.sights[p].Start && g.sights[p].End <= body.End; p = g.parent[p] {
		for _, i := range g.byGlob[p] {
			if x.modOf[i] == mod {
				out = append(out, x.ff.Bindings[i].Value)
			}
		}
	}
	x.globLists[seg] = out
	return out
}

// globIndex groups the glob imports by where they are visible (a block,
// module body or the file), nested: globsAt walks out from an offset over
// the sights holding it, not over every glob of the file.
type globIndex struct {
	sights []source.Span
	byGlob [][]int // glob Bindings visible in sights[k], in binding order
	parent []int   // the sight around sights[k], or -1
	nest   nest
}

func (x *extractor) newGlobIndex() *globIndex {
	g := &globIndex{}
	at := map[source.Span]int{}
	for _, i := range x.byName["*"] {
		v := x.ff.Bindings[i].Visible
		k, ok := at[v]
		if !ok {
			k = len(g.sights)
			at[v] = k
			g.sights = append(g.sights, v)
			g.byGlob = append(g.byGlob, nil)
		}
		g.byGlob[k] = append(g.byGlob[k], i)
	}
	iv := make([]interval, len(g.sights))
	for k, v := range g.sights {
		iv[k] = interval{v, k}
	}
	sortIntervals(iv)
	g.parent = make([]int, len(g.sights))
	var stack []int
	for _, v := range iv {
		for len(stack) > 0 && !g.sights[stack[len(stack)-1]].Contains(v.span) {
			stack = stack[:len(stack)-1]
		}
		g.parent[v.id] = -1
		if len(stack) > 0 {
			g.parent[v.id] = stack[len(stack)-1]
		}
		stack = append(stack, v.id)
	}
	g.nest = newNest(iv)
	return g
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
// expressions, its span. It walks down the chain to its base (a name, a
// path, self) or to a link already resolved, then records the chain once
// for every link met.
func (x *extractor) resolveFrom(n *sitter.Node, k string, sp source.Span, offset int) ref {
	w := chainWalk{x: x, offset: offset}
	if !w.down(n, k, sp) {
		return w.fail()
	}
	if w.prefix.chain >= 0 && len(w.suffix) == 0 {
		// Met as a prefix of a chain already walked.
		w.memoize(w.prefix)
		return w.prefix
	}
	return w.record()
}

// chainWalk is one walk down a chain: the links met (suffix, outermost
// first), the call and field expressions met (visits), and the base found.
type chainWalk struct {
	x      *extractor
	offset int
	suffix []string
	visits []visit
	base   string
	bare   bool
	// prefix is the resolution of the link the walk stopped at when that
	// link was resolved before; chain is -1 otherwise.
	prefix ref
}

type visit struct {
	key memoKey
	idx int // len(suffix) when the node was met
}

// down walks from n to the chain's base; false when the chain cannot be
// named.
func (w *chainWalk) down(n *sitter.Node, k string, sp source.Span) bool {
	w.prefix = ref{chain: -1}
	for first := true; ; first = false {
		if n == nil {
			return false
		}
		if !first {
			k = nodeKind(n)
			if k == "call_expression" || k == "field_expression" {
				sp = tsx.SpanOf(n)
			}
		}
		if k == "call_expression" || k == "field_expression" {
			key := memoKey{sp.Start, sp.End, w.offset, k == "call_expression"}
			if r, ok := w.x.memo[key]; ok {
				if r.chain < 0 {
					return false
				}
				w.prefix = r
				if len(w.suffix) > 0 {
					w.base, w.bare = w.x.chains[r.chain].raw[:r.n], w.x.chains[r.chain].bare
				}
				return true
			}
			w.visits = append(w.visits, visit{key, len(w.suffix)})
		}
		next, done, ok := w.step(n, k)
		if !ok {
			return false
		}
		if done {
			return true
		}
		n = next
	}
}

// step is one link of the walk: the node below n, or done when n is the
// chain's base (then w.base is set); ok is false when n cannot be named.
func (w *chainWalk) step(n *sitter.Node, k string) (next *sitter.Node, done, ok bool) {
	x := w.x
	switch k {
	case "call_expression":
		return w.callStep(n), false, true
	case "field_expression":
		f := n.ChildByFieldName("field")
		if f == nil {
			return nil, false, false
		}
		w.suffix = append(w.suffix, "."+x.text(f))
		return n.ChildByFieldName("value"), false, true
	case "await_expression":
		w.suffix = append(w.suffix, ".await")
		return n.NamedChild(0), false, true
	case "try_expression", "parenthesized_expression", "unary_expression":
		return n.NamedChild(0), false, true
	case "reference_expression":
		return n.ChildByFieldName("value"), false, true
	case "generic_function":
		return n.ChildByFieldName("function"), false, true
	case "self":
		if impl := x.implAt(w.offset); impl != "" {
			w.base = "<" + impl + ">"
		} else {
			w.base = "self"
		}
		return nil, true, true
	case "identifier":
		name := x.text(n)
		v, found := x.lookupValue(name, w.offset)
		switch {
		case !found:
			w.base, w.bare = name, true
		case v == "":
			return nil, false, false
		default:
			w.base = v
		}
		return nil, true, true
	case "scoped_identifier":
		w.base, w.bare = x.path(n, w.offset)
		return nil, true, w.base != ""
	}
	return nil, false, false
}

// callStep is step for a call: error plumbing (unwrap, ?) and wrappers
// (Arc::new(x)) are seen through, any other call adds "()".
func (w *chainWalk) callStep(n *sitter.Node) *sitter.Node {
	fn := n.ChildByFieldName("function")
	fk := ""
	if fn != nil {
		fk = nodeKind(fn)
	}
	if fk == "field_expression" {
		if f := fn.ChildByFieldName("field"); f != nil && passThrough[w.x.text(f)] {
			return fn.ChildByFieldName("value")
		}
	}
	if fk == "scoped_identifier" {
		if p, _ := w.x.path(fn, w.offset); strings.HasSuffix(p, "::new") && wrappers[strings.TrimSuffix(p, "::new")] {
			if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() == 1 {
				return args.NamedChild(0)
			}
		}
	}
	w.suffix = append(w.suffix, "()")
	return fn
}

// fail remembers that every link met cannot be named.
func (w *chainWalk) fail() ref {
	w.memoize(ref{chain: -1})
	return ref{chain: -1}
}

func (w *chainWalk) memoize(r ref) {
	for _, v := range w.visits {
		w.x.memo[v.key] = r
	}
}

// record builds the chain's text once and memoizes each link met as a
// prefix of it.
func (w *chainWalk) record() ref {
	x := w.x
	raw := w.base
	if len(w.suffix) > 0 {
		raw = x.build(w.base, w.suffix)
	}
	c := chain{raw: raw, bare: w.bare, cut: -1}
	if strings.HasPrefix(raw, "<") {
		if p, e := strings.IndexByte(raw, '('), strings.IndexByte(raw, '>'); p >= 0 && e >= 0 && e < p {
			c.cut = p
		}
	}
	ci := len(x.chains)
	x.chains = append(x.chains, c)
	// Each node met holds base and the suffixes met after it.
	end := len(w.base)
	vi := len(w.visits) - 1
	for si := len(w.suffix); si >= 0; si-- {
		// Visits with idx == si hold base and suffix[si:] (reversed).
		for ; vi >= 0 && w.visits[vi].idx == si; vi-- {
			x.memo[w.visits[vi].key] = ref{chain: ci, n: end}
		}
		if si > 0 {
			end += len(w.suffix[si-1])
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
		base = JoinPath(base, segs[i])
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

// JoinPath joins two Rust paths with ::; either may be empty.
func JoinPath(a, b string) string {
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
