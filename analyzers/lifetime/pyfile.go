package lifetime

import (
	"path"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// maxNesting bounds the walks up nested blocks: CPython refuses more than
// 20 statically nested blocks, so deeper files are hostile and what lies
// past the bound is ignored, keeping every lookup constant-time.
const maxNesting = 64

// pyFile holds what the analysis derives once per Python file.
type pyFile struct {
	ff   *python.FileFacts
	src  []byte
	test bool
	// blocks are ff.Blocks' indexes sorted by start, with each block's
	// enclosing block (-1 for none) by index into ff.Blocks.
	order  []int
	parent []int
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
}

func newPyFile(ff *python.FileFacts, src []byte) *pyFile {
	f := &pyFile{ff: ff, src: src, test: isTestPath(ff.Path), decorators: map[int][]*python.Decorator{},
		params: map[int][]*python.Binding{}, locals: map[int][]*python.Binding{}, storeOf: map[source.Span]*python.Store{}, globals: map[int]map[string]bool{}}
	for i := range ff.Decorators {
		d := &ff.Decorators[i]
		f.decorators[d.Target] = append(f.decorators[d.Target], d)
	}
	for i := range ff.Bindings {
		b := &ff.Bindings[i]
		f.locals[b.Scope] = append(f.locals[b.Scope], b)
		if b.Scope >= 0 && b.Scope < len(ff.Scopes) {
			s := ff.Scopes[b.Scope]
			if s.IsFunction() && b.Span.Start >= s.Span.Start && b.Span.Start < s.Body.Start {
				f.params[b.Scope] = append(f.params[b.Scope], b)
			}
		}
	}
	for i := range ff.Stores {
		st := &ff.Stores[i]
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
	f.nestBlocks()
	f.clauses = map[int][]int{}
	for i, b := range ff.Blocks {
		if b.Kind == python.ExceptBlock || b.Kind == python.FinallyBlock {
			f.clauses[b.Try] = append(f.clauses[b.Try], i)
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

// nestBlocks sorts the blocks and links each to the nearest block holding
// it with a stack: blocks are nodes of one tree, so they nest or are
// disjoint.
func (f *pyFile) nestBlocks() {
	bs := f.ff.Blocks
	f.order = make([]int, len(bs))
	for i := range f.order {
		f.order[i] = i
	}
	sort.SliceStable(f.order, func(i, j int) bool {
		a, b := bs[f.order[i]].Span, bs[f.order[j]].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	f.parent = make([]int, len(bs))
	var stack []int
	for _, i := range f.order {
		for len(stack) > 0 && !bs[stack[len(stack)-1]].Span.Contains(bs[i].Span) {
			stack = stack[:len(stack)-1]
		}
		f.parent[i] = -1
		if len(stack) > 0 {
			f.parent[i] = stack[len(stack)-1]
		}
		stack = append(stack, i)
	}
}

// enclosing yields the blocks holding sp, innermost first, at most
// maxNesting of them.
func (f *pyFile) enclosing(sp source.Span, fn func(i int, b *python.Block) bool) {
	bs := f.ff.Blocks
	k := sort.Search(len(f.order), func(k int) bool { return bs[f.order[k]].Span.Start > sp.Start }) - 1
	if k < 0 {
		return
	}
	i := f.order[k]
	for n := 0; i >= 0 && n < maxNesting; n++ {
		if bs[i].Span.Contains(sp) {
			if !fn(i, &bs[i]) {
				return
			}
		}
		i = f.parent[i]
	}
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
func lastSegment(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
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
