package python

/*
#include <stdint.h>
#include <stdbool.h>

// The layouts of tree-sitter's TSNode and TSTreeCursor (api.h of the
// smacker runtime this module pins); the functions are that runtime's,
// linked from its package.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } covetNode;
typedef struct { const void *tree; const void *id; uint32_t context[2]; } covetCursor;
extern covetCursor ts_tree_cursor_new(covetNode);
extern void ts_tree_cursor_delete(covetCursor *);
extern bool ts_tree_cursor_goto_first_child(covetCursor *);
extern bool ts_tree_cursor_goto_next_sibling(covetCursor *);
extern bool ts_tree_cursor_goto_parent(covetCursor *);
extern covetNode ts_tree_cursor_current_node(const covetCursor *);
extern uint32_t ts_node_start_byte(covetNode);
extern uint32_t ts_node_end_byte(covetNode);

// covet_deeper_than reports whether any node under root lies more than
// limit levels of visible nodes below it. A subtree of s bytes cannot be
// more than levels_per_byte*(s+1) deep (each level either ends a byte
// earlier or is one of a short chain of wrappers of the same bytes), so
// the walk skips every subtree too small to reach the limit: on ordinary
// code it reads little more than the top-level statements.
static bool covet_deeper_than(covetNode root, uint32_t limit, uint32_t levels_per_byte) {
	covetCursor c = ts_tree_cursor_new(root);
	uint64_t depth = 0;
	bool deep = false;
	for (;;) {
		if (depth > limit) {
			deep = true;
			break;
		}
		covetNode n = ts_tree_cursor_current_node(&c);
		uint64_t size = ts_node_end_byte(n) - ts_node_start_byte(n);
		if (depth + levels_per_byte * (size + 1) > limit && ts_tree_cursor_goto_first_child(&c)) {
			depth++;
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				return false;
			}
			depth--;
		}
	}
	ts_tree_cursor_delete(&c);
	return deep;
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// queryDepthLimit is the deepest a tree may be for tree-sitter's query
// cursor, which keeps a match's depth in 16 bits: past 65,535 levels (a
// call chain f()()()... of 33,000 links does it) it loses matches and keeps
// failed ones, which makes matching quadratic (80,000 links: 34 s, 160,000
// links: over 300 s). The margin leaves room for a pattern's own depth.
const queryDepthLimit = 60000

// depthLimit is queryDepthLimit, lowered by tests to send small trees
// through the walk.
var depthLimit uint32 = queryDepthLimit

// levelsPerByte bounds how many levels of nodes one byte of source can
// hold, with a wide margin over the Python grammar's wrapper chains.
const levelsPerByte = 16

// tooDeepForQuery reports whether the tree under root is too deep to run
// the query on. It walks in C, in one call, and only into subtrees large
// enough to be that deep.
func tooDeepForQuery(root *sitter.Node) bool {
	return bool(C.covet_deeper_than(cNode(root), C.uint32_t(depthLimit), levelsPerByte))
}

// cNode is the tree-sitter node a smacker Node wraps: its first field.
func cNode(n *sitter.Node) C.covetNode {
	return *(*C.covetNode)(unsafe.Pointer(n))
}

// A smacker Node is a TSNode and a tree pointer: should that change with a
// new version of the runtime, fail at start-up rather than in C.
func init() {
	if unsafe.Sizeof(sitter.Node{}) != unsafe.Sizeof(C.covetNode{})+unsafe.Sizeof(uintptr(0)) {
		panic("python: smacker's Node no longer starts with a TSNode; see depth.go")
	}
}

// nodeLayoutOK checks, for the tests, that cNode reads n's TSNode: C
// finds n's bytes through it.
func nodeLayoutOK(n *sitter.Node) bool {
	c := cNode(n)
	return uint32(C.ts_node_start_byte(c)) == n.StartByte() && uint32(C.ts_node_end_byte(c)) == n.EndByte()
}
