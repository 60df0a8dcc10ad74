// Package tsx holds what the tree-sitter front-ends share: parsing with a
// deadline, queries compiled once per process, capture iteration, syntax
// error location and comment extraction. Walks here are iterative.
package tsx

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Hooks observe parsing; tests set them to prove each file is parsed once
// and every tree is closed. Both are called with the parsed source.
type Hooks struct {
	Parsed func(src []byte)
	Closed func(src []byte)
}

var hooks atomic.Pointer[Hooks]

// SetHooks installs h (nil removes) and returns a function restoring the
// previous hooks. For tests only.
func SetHooks(h *Hooks) (restore func()) {
	old := hooks.Swap(h)
	return func() { hooks.Store(old) }
}

// ErrTimeout is returned by Parse when a file took too long.
var ErrTimeout = errors.New("parsing timed out")

// Parsers keeps one parser per worker for one language.
type Parsers struct {
	lang *sitter.Language
	mu   sync.Mutex
	ps   map[int]*sitter.Parser
}

// NewParsers makes a per-worker parser pool for lang.
func NewParsers(lang *sitter.Language) *Parsers {
	return &Parsers{lang: lang, ps: map[int]*sitter.Parser{}}
}

// Parse parses src with worker's parser within budget b. The caller must
// Close the tree; Visit does it for you. After a cancelled parse the
// worker's parser is discarded, so the next file gets a fresh one.
func (p *Parsers) Parse(worker int, src []byte, b *Budget) (*sitter.Tree, error) {
	ctx, cancel := b.context()
	defer cancel()
	tree, err := parseRetrying(ctx, src, func() *sitter.Parser { return p.parser(worker) }, func() { p.discard(worker) })
	if err != nil {
		return nil, err
	}
	if h := hooks.Load(); h != nil && h.Parsed != nil {
		h.Parsed(src)
	}
	return tree, nil
}

// VisitInput parses input, f.Src or a copy of the same length that a
// front-end made safe for its grammar (so that byte offsets in the tree
// still index f.Src), with worker's parser within budget b, calls fn with
// the root while the tree is alive, then closes the tree, so no tree
// outlives its visit. A file that cannot be parsed is skipped with a
// warning in set; VisitInput then returns false.
func (p *Parsers) VisitInput(set *source.Set, worker int, f *source.File, input []byte, b *Budget, fn func(root *sitter.Node)) bool {
	tree, err := p.Parse(worker, input, b)
	if err != nil {
		kind := source.Skipped
		if errors.Is(err, ErrTimeout) {
			kind = source.TimedOut
		}
		set.Warn(kind, f.Path, "skipped: %v", err)
		return false
	}
	defer func() {
		tree.Close()
		if h := hooks.Load(); h != nil && h.Closed != nil {
			h.Closed(input)
		}
	}()
	fn(tree.RootNode())
	return true
}

func (p *Parsers) parser(worker int) *sitter.Parser {
	p.mu.Lock()
	defer p.mu.Unlock()
	parser := p.ps[worker]
	if parser == nil {
		parser = sitter.NewParser()
		parser.SetLanguage(p.lang)
		p.ps[worker] = parser
	}
	return parser
}

// discard closes worker's parser; the next parse makes a fresh one.
func (p *Parsers) discard(worker int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if parser := p.ps[worker]; parser != nil {
		parser.Close()
		delete(p.ps, worker)
	}
}

// Close frees the parsers.
func (p *Parsers) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, parser := range p.ps {
		parser.Close()
	}
	p.ps = map[int]*sitter.Parser{}
}

// Query is compiled on first use and shared by all workers afterwards.
type Query struct {
	once  sync.Once
	q     *sitter.Query
	names []string
	src   string
	lang  func() *sitter.Language
}

// NewQuery declares a query; it is compiled once, on first use.
func NewQuery(lang func() *sitter.Language, src string) *Query {
	return &Query{lang: lang, src: src}
}

func (q *Query) compile() {
	q.once.Do(func() {
		c, err := sitter.NewQuery([]byte(q.src), q.lang())
		if err != nil {
			panic(fmt.Sprintf("tsx: bad built-in query: %v", err))
		}
		q.q = c
		for i := uint32(0); i < c.CaptureCount(); i++ {
			q.names = append(q.names, c.CaptureNameForId(i))
		}
	})
}

// Capture returns the index of a capture name in the slices Each passes,
// or -1 when the query has no such capture.
func (q *Query) Capture(name string) int {
	q.compile()
	for i, n := range q.names {
		if n == name {
			return i
		}
	}
	return -1
}

// Each calls fn for each match of the query under root, in document
// order, with the first node of each capture by index (see Capture), nil
// when absent. The slice is reused between calls; fn must not keep it. It
// stops early when b expires.
func (q *Query) Each(root *sitter.Node, b *Budget, fn func(pattern int, caps []*sitter.Node)) {
	q.compile()
	qc := sitter.NewQueryCursor()
	defer closeQueryCursor(qc)
	qc.Exec(q.q, root)
	caps := make([]*sitter.Node, len(q.names))
	for !b.Expired() {
		m, ok := qc.NextMatch()
		if !ok {
			return
		}
		clear(caps)
		for _, c := range m.Captures {
			if caps[c.Index] == nil {
				caps[c.Index] = c.Node
			}
		}
		fn(int(m.PatternIndex), caps)
	}
}

// closeQueryCursor frees a cursor and drops its finalizer. smacker's cursor
// keeps a pointer to its tree, whose Go-side node cache is some 35 times the
// source: while the finalizer is pending, a closed tree's cache outlives its
// visit by two garbage collections, which tripled the live heap and peak
// memory of a 25 MB run.
func closeQueryCursor(qc *sitter.QueryCursor) {
	qc.Close()
	runtime.SetFinalizer(qc, nil)
}

// closeTreeCursor is closeQueryCursor for tree cursors.
func closeTreeCursor(c *sitter.TreeCursor) {
	c.Close()
	runtime.SetFinalizer(c, nil)
}

// SpanOf is a node's byte range.
func SpanOf(n *sitter.Node) source.Span {
	return source.Span{Start: int(n.StartByte()), End: int(n.EndByte())}
}

// Text is a node's source text, sliced in Go without a cgo call.
func Text(n *sitter.Node, src []byte) string {
	return string(src[n.StartByte():n.EndByte()])
}

// FirstError finds the first ERROR or MISSING node under root, walking with
// a cursor (never recursion); ok is false when the tree has no error.
func FirstError(root *sitter.Node) (at source.Span, ok bool) {
	if !root.HasError() {
		return source.Span{}, false
	}
	c := sitter.NewTreeCursor(root)
	defer closeTreeCursor(c)
	for {
		n := c.CurrentNode()
		if n.IsError() || n.IsMissing() {
			return SpanOf(n), true
		}
		// Descend only into subtrees that hold the error.
		if n.HasError() && c.GoToFirstChild() {
			continue
		}
		for !c.GoToNextSibling() {
			if !c.GoToParent() {
				return SpanOf(root), true
			}
		}
	}
}

// CodeBefore reports whether anything but blanks precedes offset on its
// line; a lone "\r" ends a line too.
func CodeBefore(src []byte, offset int) bool {
	for i := offset - 1; i >= 0 && src[i] != '\n' && src[i] != '\r'; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return true
		}
	}
	return false
}

// ParseRanges parses only the given ranges of src (a language embedded in
// another's text, such as Rust layers cut out of a deep tree), within the
// file's budget, with a RangeParser of its own: included ranges are parser
// state. The caller must Close the tree. Several parses of one file share
// a RangeParser instead.
func ParseRanges(lang *sitter.Language, src []byte, ranges []sitter.Range, b *Budget) (*sitter.Tree, error) {
	rp := NewRangeParser(lang)
	defer rp.Close()
	return rp.Parse(src, ranges, b)
}

// parseRetrying parses src under ctx with the parser get returns; after a
// failure it calls drop, so that the next get makes a fresh parser. An
// error while ctx is still live is smacker's cancellation flag, left set
// when an earlier parse's deadline fired just as it completed: it retries
// once. A parse that ends after the deadline took too long all the same
// (and may have left the flag set).
func parseRetrying(ctx context.Context, src []byte, get func() *sitter.Parser, drop func()) (*sitter.Tree, error) {
	tree, err := get().ParseCtx(ctx, nil, src)
	if err != nil && ctx.Err() == nil {
		drop()
		tree, err = get().ParseCtx(ctx, nil, src)
	}
	if err == nil && ctx.Err() != nil {
		tree.Close()
		err = ctx.Err()
	}
	if err != nil {
		drop()
		if errors.Is(err, sitter.ErrOperationLimit) || ctx.Err() != nil {
			return nil, ErrTimeout
		}
		return nil, err
	}
	return tree, nil
}
