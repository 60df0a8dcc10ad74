package lifetime

import (
	"path"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/asyncctx"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// maxNesting bounds the walks up nested blocks and scopes: CPython refuses
// more than 20 statically nested blocks, so deeper files are hostile and
// what lies past the bound is ignored, keeping every lookup cheap.
const maxNesting = 64

// pyFile holds what the analysis derives once per Python file.
type pyFile struct {
	ff   *python.FileFacts
	src  []byte
	test bool
	// blocks finds the blocks holding a span, callNest the calls.
	blocks, callNest *source.Nest
	// decorators by decorated scope; params by function scope.
	decorators map[int][]*python.Decorator
	params     map[int][]*python.Binding
	// locals are the bindings made in each scope.
	locals map[int][]*python.Binding
	// storeOf finds the store whose value is exactly a span.
	storeOf map[source.Span]*python.Store
	// globals are the names each function declares global or nonlocal.
	globals map[int]map[string]bool
	// clauses lists each try statement's except and finally clauses.
	clauses map[int][]int
	// calls lists each function's calls by index, in source order.
	calls map[int][]int
	// storesOfName lists, per function and name, the stores (not name
	// bindings) whose value is that name: `self.c = c`, `return c`.
	storesOfName map[nameKey][]*python.Store
	// connNames memoises connectionNames.
	connNames map[int]map[string]bool
	// localNames are the names bound in each scope.
	localNames map[nameKey]bool
	// sleeps memoises sleepsIn by loop body.
	sleeps map[source.Span]bool
	// firstForever and firstYield are where each function's first endless
	// loop and first yield end.
	firstForever, firstYield map[int]int
}

// nameKey is a name in a function.
type nameKey struct {
	fn   int
	name string
}

func newPyFile(ff *python.FileFacts, src []byte) *pyFile {
	ix := asyncctx.IndexFunctions(ff)
	f := &pyFile{ff: ff, src: src, test: isTestPath(ff.Path), decorators: ix.Decorators,
		params: ix.Params, locals: ix.Locals, storeOf: map[source.Span]*python.Store{}, globals: map[int]map[string]bool{}}
	f.storesOfName, f.sleeps = map[nameKey][]*python.Store{}, map[source.Span]bool{}
	f.firstForever, f.firstYield = map[int]int{}, map[int]int{}
	for i := range ff.Stores {
		st := &ff.Stores[i]
		if st.Kind != python.StoreName && st.Kind != python.StoreGlobal && st.Value.End > st.Value.Start {
			fn := f.owner(st.Scope)
			k := nameKey{fn, text(src, st.Value)}
			f.storesOfName[k] = append(f.storesOfName[k], st)
			if st.Kind == python.StoreYield {
				noteFirst(f.firstYield, fn, st.Span.End)
			}
		}
		if st.Kind == python.StoreGlobal {
			if f.globals[st.Scope] == nil {
				f.globals[st.Scope] = map[string]bool{}
			}
			f.globals[st.Scope][st.Target] = true
			continue
		}
		if st.Value.End > st.Value.Start {
			f.storeOf[st.Value] = st
		}
	}
	spans := make([]source.Span, len(ff.Blocks))
	for i, b := range ff.Blocks {
		spans[i] = b.Span
	}
	f.blocks = source.NewNest(spans)
	spans = make([]source.Span, len(ff.Calls))
	for i, c := range ff.Calls {
		spans[i] = c.CallSpan
	}
	f.callNest = source.NewNest(spans)
	f.connNames, f.localNames = map[int]map[string]bool{}, map[nameKey]bool{}
	for _, b := range ff.Bindings {
		f.localNames[nameKey{b.Scope, b.Name}] = true
	}
	f.clauses = map[int][]int{}
	for i, b := range ff.Blocks {
		if b.Kind == python.ExceptBlock || b.Kind == python.FinallyBlock {
			f.clauses[b.Try] = append(f.clauses[b.Try], i)
		}
	}
	for _, b := range ff.Blocks {
		if b.Forever {
			noteFirst(f.firstForever, f.owner(b.Scope), b.Span.End)
		}
	}
	f.calls = map[int][]int{}
	for i := range ff.Calls {
		if fn := f.owner(ff.Calls[i].Scope); fn >= 0 {
			f.calls[fn] = append(f.calls[fn], i)
		}
	}
	return f
}

// enclosing yields the blocks holding sp, innermost first, at most
// maxNesting of them.
func (f *pyFile) enclosing(sp source.Span, fn func(i int, b *python.Block) bool) {
	f.blocks.Holding(sp, func(i int) bool { return fn(i, &f.ff.Blocks[i]) })
}

// owner is the def or async def making a call in scope, through class
// bodies but not lambdas; -1 at module level.
func (f *pyFile) owner(scope int) int {
	for n := 0; scope >= 0 && n < maxNesting; n++ {
		switch f.ff.Scopes[scope].Kind {
		case python.Def, python.AsyncDef:
			return scope
		case python.Lambda:
			return -1
		}
		scope = f.ff.Scopes[scope].Parent
	}
	return -1
}

// handled tells whether try statement i has an except clause.
func (f *pyFile) handled(i int) bool {
	for _, k := range f.clauses[i] {
		if f.ff.Blocks[k].Kind == python.ExceptBlock {
			return true
		}
	}
	return false
}

// ownClass is the class a function is a method of, or -1.
func (f *pyFile) ownClass(fn int) int {
	if p := f.ff.Scopes[fn].Parent; p >= 0 && f.ff.Scopes[p].Kind == python.Class {
		return p
	}
	return -1
}

// inLoop finds the innermost loop of fn holding sp, if any.
func (f *pyFile) inLoop(fn int, sp source.Span) (*python.Block, bool) {
	var loop *python.Block
	f.enclosing(sp, func(_ int, b *python.Block) bool {
		if !f.ff.Scopes[fn].Body.Contains(b.Span) {
			return false
		}
		if b.IsLoop() && b.Body.Contains(sp) {
			loop = b
			return false
		}
		return true
	})
	return loop, loop != nil
}

// text is a span of a file's source.
func text(src []byte, sp source.Span) string {
	if sp.Start < 0 || sp.End > len(src) || sp.End <= sp.Start {
		return ""
	}
	return string(src[sp.Start:sp.End])
}

// isTestPath tells test code, which builds clients per test on purpose.
func isTestPath(p string) bool {
	base := path.Base(p)
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py" {
		return true
	}
	for _, part := range strings.Split(path.Dir(p), "/") {
		if part == "tests" || part == "test" || part == "testing" {
			return true
		}
	}
	return false
}

// lastSegment is what follows the last dot: "get" for "app.get".
// maxKey bounds the callees and names looked up in the tables: none of
// their keys is longer, and hashing every link's callee of a 300,000-link
// chain (each holding the links before it) would be quadratic.
const maxKey = 256

// key is s for a table lookup, or "" (in no table) when it is too long to
// be in one.
func key(s string) string {
	if len(s) > maxKey {
		return ""
	}
	return s
}

// sortedCalls yields each function's calls, functions in source order, so
// that chains are found in the same order on every run.
func (f *pyFile) sortedCalls() func(yield func(int, []int) bool) {
	return func(yield func(int, []int) bool) {
		fns := make([]int, 0, len(f.calls))
		for fn := range f.calls {
			fns = append(fns, fn)
		}
		sort.Ints(fns)
		for _, fn := range fns {
			if !yield(fn, f.calls[fn]) {
				return
			}
		}
	}
}

// noteFirst keeps the smallest end per function.
func noteFirst(m map[int]int, fn, end int) {
	if old, ok := m[fn]; !ok || end < old {
		m[fn] = end
	}
}
