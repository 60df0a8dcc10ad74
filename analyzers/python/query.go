package python

import (
	"fmt"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// kind is what a query match, or a step derived from one, is about. Pattern
// indexes never stand for kinds: each pattern's kind sits on its own row of
// patterns, so a pattern added or removed cannot shift another's meaning.
type kind uint8

const (
	kDef kind = iota
	kClass
	kLambda
	kCall
	kImport
	kFrom
	kAssign
	kWalrus
	kWith
	kFor
	kExcept
	kAwait
	kComment
	// Measurement facts (values.go): returns and while loops; literals,
	// names and texts are read from assignments and calls' arguments.
	kReturn
	kWhile
	// kDecorated, kLoop, kTry and kStore are read by the lifetime facts
	// (flow.go).
	kDecorated
	kLoop
	kTry
	kStore
	// kParams is no pattern: defs and lambdas leave their parameters.
	kParams
)

// pattern is one query pattern and the kind of its matches.
type pattern struct {
	kind kind
	src  string
}

// patterns is the query, one pattern per row, in pattern-index order.
var patterns = []pattern{
	{kDef, `(function_definition name: (identifier) @name parameters: (parameters)? @params return_type: (type)? @returns body: (block) @body) @node`},
	{kClass, `(class_definition name: (identifier) @name body: (block) @body) @node`},
	{kLambda, `(lambda parameters: (lambda_parameters)? @params body: (_) @body) @node`},
	{kCall, `(call function: (_) @callee) @node`},
	{kImport, `(import_statement) @node`},
	{kFrom, `(import_from_statement) @node`},
	{kAssign, `(assignment left: (_) @lhs type: (_)? @type right: (_)? @rhs) @node`},
	{kWalrus, `(named_expression name: (identifier) @lhs value: (_) @rhs) @node`},
	{kWith, `(with_item value: (as_pattern (_) @rhs alias: (as_pattern_target (_) @lhs))) @node`},
	{kFor, `(for_statement left: (_) @lhs) @node`},
	{kExcept, `(except_clause (as_pattern alias: (as_pattern_target (identifier) @lhs))) @node`},
	{kAwait, `(await (call) @node)`},
	{kComment, `(comment) @node`},
	// A pattern on call arguments would wait in the query cursor through
	// the whole callee, quadratic on a chain f()()(): arguments are read
	// from each kCall match instead (values.go).
	{kReturn, `(return_statement) @node`},
	{kWhile, `(while_statement) @node`},
	{kDecorated, `(decorated_definition) @node`},
	{kLoop, `[(for_statement) (while_statement) (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @node`},
	{kTry, `(try_statement) @node`},
	{kStore, `[(assignment) (return_statement) (yield) (delete_statement) (global_statement) (nonlocal_statement)] @node`},
}

// captureNames are the captures Extract reads, in the order of the fields
// of captureIndex.
var captureNames = []string{"node", "name", "body", "callee", "lhs", "rhs", "type", "params", "returns"}

// captureIndex holds the query's index of each capture Extract reads.
type captureIndex struct{ node, name, body, callee, lhs, rhs, typ, params, returns int }

// compiledQuery is the query with what Extract needs to read its matches.
type compiledQuery struct {
	q    *tsx.Query
	cap  captureIndex
	kind []kind // by pattern index
}

// query is built and checked once, on first use; a query that disagrees
// with its table panics there, before any file is read.
var query = sync.OnceValue(func() *compiledQuery {
	c, err := compileQuery(patterns, tspython.GetLanguage)
	if err != nil {
		panic("python: " + err.Error())
	}
	return c
})

// compileQuery compiles rows into one query and checks that it has exactly
// one pattern per row and every capture Extract reads.
func compileQuery(rows []pattern, lang func() *sitter.Language) (*compiledQuery, error) {
	srcs := make([]string, len(rows))
	kinds := make([]kind, len(rows))
	for i, r := range rows {
		srcs[i], kinds[i] = r.src, r.kind
	}
	src := strings.Join(srcs, "\n")
	check, err := sitter.NewQuery([]byte(src), lang())
	if err != nil {
		return nil, fmt.Errorf("bad built-in query: %v", err)
	}
	defer check.Close()
	if n := int(check.PatternCount()); n != len(rows) {
		return nil, fmt.Errorf("the query has %d patterns for %d rows", n, len(rows))
	}
	c := &compiledQuery{q: tsx.NewQuery(lang, src), kind: kinds}
	idx := make([]int, len(captureNames))
	for i, name := range captureNames {
		if idx[i] = c.q.Capture(name); idx[i] < 0 {
			return nil, fmt.Errorf("the query has no capture @%s", name)
		}
	}
	c.cap = captureIndex{idx[0], idx[1], idx[2], idx[3], idx[4], idx[5], idx[6], idx[7], idx[8]}
	return c, nil
}
