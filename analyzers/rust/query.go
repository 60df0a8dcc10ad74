package rust

import (
	"strings"
	"sync"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
)

// Pattern indexes: patterns below is keyed by them, so each constant names
// its own pattern whatever order they are written in, and checkQuery
// proves at first use that every entry is exactly one pattern.
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
	// pBlock is where items and lets are visible; pCondition where an
	// if-let or while-let binds; pMatch gives its arms their value;
	// pAttr is an outer attribute. They stand in for Node.Parent and
	// PrevNamedSibling, which walk down from the root on every call.
	pBlock
	pCondition
	pMatch
	pAttr
	// pLoop is a loop, for or while expression (loops.go).
	pLoop
	patternCount
)

var patterns = [patternCount]string{
	pFn:         `(function_item name: (identifier) @name body: (block) @body) @node`,
	pClosure:    `(closure_expression body: (_) @body) @node`,
	pAsyncBlock: `(async_block (block) @body) @node`,
	pImpl:       `(impl_item type: (_) @name body: (declaration_list) @body) @node`,
	pTrait:      `(trait_item name: (type_identifier) @name body: (declaration_list) @body) @node`,
	pMod:        `(mod_item name: (identifier) @name body: (declaration_list) @body) @node`,
	pUse:        `(use_declaration argument: (_) @lhs) @node`,
	pCall:       `(call_expression function: (_) @lhs) @node`,
	pLet:        `(let_declaration pattern: (_) @lhs) @node`,
	pLetCond:    `(let_condition pattern: (_) @lhs value: (_) @rhs) @node`,
	pArm:        `(match_arm pattern: (match_pattern) @lhs) @node`,
	pParams: `[(function_item parameters: (parameters) @lhs body: (_) @body)
	           (closure_expression parameters: (closure_parameters) @lhs body: (_) @body)] @node`,
	pAwait:     `(await_expression) @node`,
	pComment:   `[(line_comment) (block_comment)] @node`,
	pMacro:     `(macro_invocation macro: (_) @name (token_tree) @body) @node`,
	pStruct:    `(struct_item name: (type_identifier) @lhs body: (field_declaration_list) @rhs) @node`,
	pBlock:     `[(block) (declaration_list)] @node`,
	pCondition: `[(if_expression) (while_expression)] @node`,
	pMatch:     `(match_expression value: (_) @rhs body: (match_block) @body) @node`,
	pAttr:      `(attribute_item (attribute) @name) @node`,
	pLoop:      `[(loop_expression) (for_expression) (while_expression)] @node`,
}

var query = tsx.NewQuery(grammar, strings.Join(patterns[:], "\n"))

// Capture indexes in Each's slices, named from the query and set on first
// use (compiling the query at init would slow every start of the CLI).
var (
	capsOnce                                  sync.Once
	capNode, capName, capBody, capLHS, capRHS int
)

func initCaptures() {
	capsOnce.Do(func() {
		query.MustHavePatterns(patternCount)
		capNode, capName, capBody = query.Capture("node"), query.Capture("name"), query.Capture("body")
		capLHS, capRHS = query.Capture("lhs"), query.Capture("rhs")
		for _, c := range []int{capNode, capName, capBody, capLHS, capRHS} {
			if c < 0 {
				panic("rust: the query lost a capture the extractor reads")
			}
		}
	})
}
