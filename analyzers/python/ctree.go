package python

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

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
extern uint16_t ts_node_symbol(covetNode);
extern const char *ts_node_type(covetNode);
extern const void *ts_tree_language(const void *);
extern uint32_t ts_language_symbol_count(const void *);

// covet_needs_walk reports whether the query cannot run on the tree under
// root in linear time: a node lies more than limit levels below it, or a
// node has more than max_children visible children. A subtree of s bytes
// cannot be more than levels_per_byte*(s+1) deep (each level either ends a
// byte earlier or is one of a short chain of wrappers of the same bytes)
// nor have more than s+1 children, so the walk skips every subtree too
// small to matter: on ordinary code it reads little more than the
// top-level statements.
static bool covet_needs_walk(covetNode root, uint32_t limit, uint32_t levels_per_byte, uint32_t max_children) {
	uint32_t *siblings = calloc((size_t)limit + 2, sizeof(uint32_t));
	if (!siblings) return true;
	covetCursor c = ts_tree_cursor_new(root);
	uint64_t depth = 0;
	bool walk = false;
	siblings[0] = 1;
	for (;;) {
		covetNode n = ts_tree_cursor_current_node(&c);
		uint64_t size = ts_node_end_byte(n) - ts_node_start_byte(n);
		bool big = depth + levels_per_byte * (size + 1) > limit || size + 1 > max_children;
		if (big && ts_tree_cursor_goto_first_child(&c)) {
			if (++depth > limit) {
				walk = true;
				break;
			}
			siblings[depth] = 1;
			continue;
		}
		bool moved = false;
		while (!(moved = ts_tree_cursor_goto_next_sibling(&c))) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&c)) break;
			depth--;
		}
		if (!moved) break;
		if (++siblings[depth] > max_children) {
			walk = true;
			break;
		}
	}
	ts_tree_cursor_delete(&c);
	free(siblings);
	return walk;
}

// covetNodes is what covet_collect found: len nodes, to be freed.
typedef struct { covetNode *nodes; size_t len; } covetNodes;

// The node types the query's patterns are rooted at.
static const char *covet_types[] = {
	"function_definition", "class_definition", "lambda", "call", "import_statement",
	"import_from_statement", "assignment", "named_expression", "with_item",
	"for_statement", "except_clause", "await", "comment",
	// The lifetime facts' patterns (flow.go).
	"decorated_definition", "while_statement", "list_comprehension", "set_comprehension",
	"dictionary_comprehension", "generator_expression", "try_statement", "return_statement",
	"yield", "delete_statement", "global_statement", "nonlocal_statement", NULL,
};

static bool covet_wanted(const char *type) {
	for (const char **t = covet_types; *t; t++) {
		if (strcmp(type, *t) == 0) return true;
	}
	return false;
}

// covet_collect lists, in document order, every node under root of a type
// the query's patterns are rooted at: one cursor walk in C instead of cgo
// calls per node. The answer per symbol is remembered for the walk. nodes
// is NULL when memory ran out.
static covetNodes covet_collect(covetNode root) {
	covetNodes out = {0};
	uint32_t symbols = ts_language_symbol_count(ts_tree_language(root.tree));
	int8_t *wanted = calloc(symbols + 1, 1); // 0 unknown, 1 yes, 2 no
	size_t cap = 1024;
	out.nodes = malloc(cap * sizeof(covetNode));
	if (!wanted || !out.nodes) {
		free(wanted);
		free(out.nodes);
		out.nodes = NULL;
		return out;
	}
	covetCursor c = ts_tree_cursor_new(root);
	for (;;) {
		covetNode n = ts_tree_cursor_current_node(&c);
		uint16_t sym = ts_node_symbol(n);
		int8_t w = sym < symbols ? wanted[sym] : 0;
		if (w == 0) {
			w = covet_wanted(ts_node_type(n)) ? 1 : 2;
			if (sym < symbols) wanted[sym] = w;
		}
		if (w == 1) {
			if (out.len == cap) {
				cap *= 2;
				covetNode *grown = realloc(out.nodes, cap * sizeof(covetNode));
				if (!grown) {
					free(out.nodes);
					out.nodes = NULL;
					break;
				}
				out.nodes = grown;
			}
			out.nodes[out.len++] = n;
		}
		if (ts_tree_cursor_goto_first_child(&c)) continue;
		bool moved = false;
		while (!(moved = ts_tree_cursor_goto_next_sibling(&c))) {
			if (!ts_tree_cursor_goto_parent(&c)) break;
		}
		if (!moved) break;
	}
	ts_tree_cursor_delete(&c);
	free(wanted);
	return out;
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

// queryWidthLimit is the most children a node may have for the query: the
// cursor reads the chain of hidden nodes above each child, so a long
// literal list costs more than linear time (a one-line list of 300,000
// items: 1.2 s; 1,250,000 items: 12 s).
const queryWidthLimit = 100000

// depthLimit and widthLimit are the limits above, lowered by tests to send
// small trees through the walk.
var depthLimit, widthLimit uint32 = queryDepthLimit, queryWidthLimit

// levelsPerByte bounds how many levels of nodes one byte of source can
// hold, with a wide margin over the Python grammar's wrapper chains.
const levelsPerByte = 16

// needsWalk reports whether the tree under root is too deep or too wide to
// run the query on. It walks in C, in one call, and only into subtrees
// large enough to matter.
func needsWalk(root *sitter.Node) bool {
	return bool(C.covet_needs_walk(cNode(root), C.uint32_t(depthLimit), levelsPerByte, C.uint32_t(widthLimit)))
}

// rootedNodes lists the nodes under root that a pattern of the query may
// be rooted at, in document order, found in C in one call. The nodes are
// made without smacker's per-tree cache, which would otherwise hold every
// one of them until the tree is dropped.
func rootedNodes(root *sitter.Node) []*sitter.Node {
	found := C.covet_collect(cNode(root))
	if found.nodes == nil {
		panic("python: out of memory listing nodes")
	}
	defer C.free(unsafe.Pointer(found.nodes))
	cs := unsafe.Slice(found.nodes, found.len)
	tree := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(root), unsafe.Sizeof(C.covetNode{})))
	out := make([]*sitter.Node, len(cs))
	nodes := make([]sitter.Node, len(cs))
	for i, c := range cs {
		n := &nodes[i]
		*(*C.covetNode)(unsafe.Pointer(n)) = c
		*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(n), unsafe.Sizeof(c))) = tree
		out[i] = n
	}
	return out
}

// cNode is the tree-sitter node a smacker Node wraps: its first field.
func cNode(n *sitter.Node) C.covetNode {
	return *(*C.covetNode)(unsafe.Pointer(n))
}

// A smacker Node is a TSNode and a tree pointer: should that change with a
// new version of the runtime, fail at start-up rather than in C.
func init() {
	if unsafe.Sizeof(sitter.Node{}) != unsafe.Sizeof(C.covetNode{})+unsafe.Sizeof(uintptr(0)) {
		panic("python: smacker's Node no longer starts with a TSNode; see ctree.go")
	}
}

// nodeLayoutOK checks, for the tests, that cNode reads n's TSNode: C
// finds n's bytes through it.
func nodeLayoutOK(n *sitter.Node) bool {
	c := cNode(n)
	return uint32(C.ts_node_start_byte(c)) == n.StartByte() && uint32(C.ts_node_end_byte(c)) == n.EndByte()
}
