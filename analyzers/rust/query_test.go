package rust

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// nodeKinds is what each pattern's @node is: the test fails when a
// constant and the pattern at its index disagree.
var nodeKinds = [patternCount][]string{
	pFn:         {"function_item"},
	pClosure:    {"closure_expression"},
	pAsyncBlock: {"async_block"},
	pImpl:       {"impl_item"},
	pTrait:      {"trait_item"},
	pMod:        {"mod_item"},
	pUse:        {"use_declaration"},
	pCall:       {"call_expression"},
	pLet:        {"let_declaration"},
	pLetCond:    {"let_condition"},
	pArm:        {"match_arm"},
	pParams:     {"function_item", "closure_expression"},
	pAwait:      {"await_expression"},
	pComment:    {"line_comment", "block_comment"},
	pMacro:      {"macro_invocation"},
	pStruct:     {"struct_item"},
	pBlock:      {"block", "declaration_list"},
	pCondition:  {"if_expression", "while_expression"},
	pMatch:      {"match_expression"},
	pAttr:       {"attribute_item"},
	pLoop:       {"loop_expression", "for_expression", "while_expression"},
}

// TestPatternIndexes: each entry of patterns is one pattern, the query has
// them all, and on a file holding every construct each pattern index
// matches the nodes its constant names, and every one matches.
func TestPatternIndexes(t *testing.T) {
	for p, src := range patterns {
		q, err := sitter.NewQuery([]byte(src), grammar())
		if err != nil {
			t.Fatalf("pattern %d: %v", p, err)
		}
		if n := q.PatternCount(); n != 1 {
			t.Errorf("pattern %d is %d patterns", p, n)
		}
		q.Close()
	}
	if n := query.Patterns(); n != patternCount {
		t.Fatalf("query has %d patterns, want %d", n, patternCount)
	}
	src := []byte(`
use std::fs;
mod m { trait T { fn t(&self) {} } }
struct S { f: u8 }
impl S {
    #[attr]
    async fn a(&self, x: u8) { // c
        let c = |y| y; /* b */
        let b = async { g().await };
        if let Some(z) = w { }
        while let Some(z) = w { }
        match v { Some(q) => q, _ => 0 };
        println!("{}", h());
    }
}
`)
	tree := parse(t, src)
	defer tree.Close()
	initCaptures()
	seen := make([]bool, patternCount)
	query.Each(tree.RootNode(), nil, func(pattern int, caps []*sitter.Node) {
		k := nodeKind(caps[capNode])
		ok := false
		for _, want := range nodeKinds[pattern] {
			ok = ok || k == want
		}
		if !ok {
			t.Errorf("pattern %d matched a %s, want one of %v", pattern, k, nodeKinds[pattern])
		}
		seen[pattern] = true
	})
	for p, s := range seen {
		if !s {
			t.Errorf("pattern %d (%v) matched nothing", p, nodeKinds[p])
		}
	}
}
