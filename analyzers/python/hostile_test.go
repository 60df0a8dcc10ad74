package python

import (
	"strings"
	"testing"
)

// deep is a nesting count past what tree-sitter's query cursor can count,
// so that the cases below that nest run through the walk.
const deep = queryDepthLimit + 5000

// shallowWalk lowers the depth past which Extract walks instead of
// querying, so that cases of a few thousand levels take the walk's path
// as the deep ones do, at a fraction of the parsing time.
func shallowWalk(t *testing.T) int {
	const limit = 2000
	depthLimit = limit
	t.Cleanup(func() { depthLimit = queryDepthLimit })
	return limit + 500
}

// extractDeep is extract for a source whose tree must be too deep or too
// wide for the query, so that the case tests the walk.
func extractDeep(t *testing.T, src string) *FileFacts {
	t.Helper()
	tree := parse(t, []byte(src))
	defer tree.Close()
	if !needsWalk(tree.RootNode()) {
		t.Fatal("the tree does not take the walk")
	}
	ff, _ := Extract("m.py", "m", []byte(src), tree.RootNode(), nil)
	return ff
}

// oneCall returns the only call of ff, failing unless there is exactly one.
func oneCall(t *testing.T, ff *FileFacts) Call {
	t.Helper()
	if len(ff.Calls) != 1 {
		t.Fatalf("%d calls, want 1", len(ff.Calls))
	}
	return ff.Calls[0]
}

// TestHostileCallChain: `f()()()...` past the query's depth: every call is
// found, in an async def, each callee the chain below it.
func TestHostileCallChain(t *testing.T) {
	src := "async def g():\n    x = f" + strings.Repeat("()", deep) + "\n"
	ff := extractDeep(t, src)
	if len(ff.Calls) != deep {
		t.Fatalf("%d calls, want %d", len(ff.Calls), deep)
	}
	for i, c := range ff.Calls {
		if want := 1 + 2*(deep-1-i); len(c.Callee) != want || !c.Async || c.Scope != 0 {
			t.Fatalf("call %d: callee of %d bytes (want %d), async %v, scope %d", i, len(c.Callee), want, c.Async, c.Scope)
		}
	}
	if !strings.HasPrefix(ff.Calls[0].Callee, "f()()") || ff.Calls[deep-1].Callee != "f" {
		t.Errorf("outer callee %.10q, inner %q", ff.Calls[0].Callee, ff.Calls[deep-1].Callee)
	}
}

// TestHostileAwaits: `await await ... time.sleep()` past the walk's depth.
func TestHostileAwaits(t *testing.T) {
	deep := shallowWalk(t)
	src := "import time\nasync def g():\n    x = " + strings.Repeat("await ", deep) + "time.sleep(1)\n"
	c := oneCall(t, extractDeep(t, src))
	if c.Callee != "time.sleep" || !c.Async || !c.Awaited {
		t.Errorf("call %+v", c)
	}
}

// TestHostileLambdas: `lambda: lambda: ... time.sleep()` past the walk's
// depth: every lambda is a scope inside the one before, the call in the
// last.
func TestHostileLambdas(t *testing.T) {
	deep := shallowWalk(t)
	src := "import time\nx = " + strings.Repeat("lambda: ", deep) + "time.sleep(1)\n"
	ff := extractDeep(t, src)
	if len(ff.Scopes) != deep {
		t.Fatalf("%d scopes, want %d", len(ff.Scopes), deep)
	}
	for i, s := range ff.Scopes {
		if s.Kind != Lambda || s.Parent != i-1 {
			t.Fatalf("scope %d: %s with parent %d", i, s.Kind, s.Parent)
		}
	}
	if c := oneCall(t, ff); c.Callee != "time.sleep" || c.Scope != deep-1 {
		t.Errorf("call %+v", c)
	}
}

// TestHostileNesting: calls, lists, dicts, parentheses, attributes,
// subscripts, + and / nested past the walk's depth still give their calls.
func TestHostileNesting(t *testing.T) {
	deep := shallowWalk(t)
	half := deep/2 + 1 // f(f(...)) nests two levels a call
	t.Run("calls", func(t *testing.T) {
		ff := extractDeep(t, "import time\nasync def g():\n    "+strings.Repeat("time.sleep(", half)+"1"+strings.Repeat(")", half)+"\n")
		if len(ff.Calls) != half {
			t.Fatalf("%d calls, want %d", len(ff.Calls), half)
		}
		for i, c := range ff.Calls {
			if c.Callee != "time.sleep" || !c.Async {
				t.Fatalf("call %d: %q async %v", i, c.Callee, c.Async)
			}
		}
	})
	for _, c := range []struct{ name, expr, callee string }{
		{"lists", strings.Repeat("[", deep) + "time.sleep(1)" + strings.Repeat("]", deep), "time.sleep"},
		{"dicts", strings.Repeat("{1: ", half) + "time.sleep(1)" + strings.Repeat("}", half), "time.sleep"},
		{"parentheses", strings.Repeat("(", deep) + "time.sleep" + strings.Repeat(")", deep) + "(1)", "time.sleep"},
		{"attributes", "time" + strings.Repeat(".b", deep) + "()", "time" + strings.Repeat(".b", deep)},
		{"subscripts", "time" + strings.Repeat("[0]", deep) + "()", "time" + strings.Repeat("[]", deep)},
		{"concatenation", `"a"` + strings.Repeat(` + "a"`, deep) + " + time.sleep(1)", "time.sleep"},
		{"pathlib joins", `(pathlib.Path("p")` + strings.Repeat(` / "a"`, deep) + ").read_text()", "pathlib.Path()" + strings.Repeat("/", deep) + ".read_text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ff := extractDeep(t, "import time, pathlib\nasync def g():\n    x = "+c.expr+"\n")
			var got *Call
			for i := range ff.Calls {
				if ff.Calls[i].Callee == c.callee {
					got = &ff.Calls[i]
				}
			}
			if got == nil || !got.Async {
				t.Fatalf("no async call to %.40q among %d calls", c.callee, len(ff.Calls))
			}
		})
	}
}

// TestHostileWide: a one-line list and a file of `x = 1` lines wider than
// the query reads in linear time keep every fact (the limit is lowered, so
// that they take the walk's path at a fraction of the parsing time).
func TestHostileWide(t *testing.T) {
	const n = 20000
	widthLimit = n / 4
	defer func() { widthLimit = queryWidthLimit }()
	ff := extractDeep(t, "import time\nx = [time.sleep(1), "+strings.Repeat("1, ", n)+"]\n")
	if c := oneCall(t, ff); c.Callee != "time.sleep" {
		t.Errorf("call %+v", c)
	}
	ff = extractDeep(t, strings.Repeat("x = 1\n", n)+"x.y()\n")
	if len(ff.Bindings) != n {
		t.Errorf("%d bindings, want %d", len(ff.Bindings), n)
	}
	if c := oneCall(t, ff); c.Callee != "" {
		t.Errorf("x.y() after x = 1: callee %q", c.Callee)
	}
}
