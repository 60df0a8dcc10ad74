package python

import (
	"slices"
	"strings"
	"testing"

	tspython "github.com/smacker/go-tree-sitter/python"
)

// TestQueryAgreesWithTable: the built-in query compiles with one pattern
// per row and every capture Extract reads, and each kind but kParams has
// exactly one row.
func TestQueryAgreesWithTable(t *testing.T) {
	if _, err := compileQuery(patterns, tspython.GetLanguage); err != nil {
		t.Fatal(err)
	}
	seen := map[kind]int{}
	for _, p := range patterns {
		seen[p.kind]++
	}
	for k := kDef; k <= kParams; k++ {
		want := 1
		if k == kParams {
			want = 0
		}
		if seen[k] != want {
			t.Errorf("kind %d has %d rows, want %d", k, seen[k], want)
		}
	}
}

// TestQueryDisagreementCaught: a row holding two patterns (one more than
// the table says), a row holding none (one less), or a renamed capture is
// refused when the query is built, before any file is read.
func TestQueryDisagreementCaught(t *testing.T) {
	with := func(edit func(rows []pattern) []pattern) []pattern {
		return edit(slices.Clone(patterns))
	}
	cases := map[string][]pattern{
		"one more pattern": with(func(rows []pattern) []pattern {
			rows[kComment].src += "\n(decorator) @node"
			return rows
		}),
		"one less pattern": with(func(rows []pattern) []pattern {
			rows[kComment].src = ""
			return rows
		}),
		"appended without a row": with(func(rows []pattern) []pattern {
			rows[len(rows)-1].src += " (pass_statement) @node"
			return rows
		}),
		"renamed capture": with(func(rows []pattern) []pattern {
			rows[kCall].src = strings.ReplaceAll(rows[kCall].src, "@callee", "@function")
			return rows
		}),
		"bad syntax": with(func(rows []pattern) []pattern {
			rows[kDef].src = "(function_definition"
			return rows
		}),
	}
	for name, rows := range cases {
		if _, err := compileQuery(rows, tspython.GetLanguage); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
