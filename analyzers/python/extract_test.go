package python

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
)

func extract(t testing.TB, p, module, src string) *FileFacts {
	t.Helper()
	tree := parse(t, []byte(src))
	defer tree.Close()
	ff, _ := Extract(p, module, []byte(src), tree.RootNode(), nil)
	return ff
}

// calleeOn finds the call whose text is text on the line holding marker.
func calleeOn(t *testing.T, ff *FileFacts, src, marker, text string) Call {
	t.Helper()
	at := strings.Index(src, marker)
	if at < 0 {
		t.Fatalf("no marker %q", marker)
	}
	lineStart := strings.LastIndexByte(src[:at], '\n') + 1
	lineEnd := lineStart + strings.IndexByte(src[lineStart:], '\n')
	for _, c := range ff.Calls {
		if c.Text == text && c.Span.Start >= lineStart && c.Span.Start < lineEnd {
			return c
		}
	}
	t.Fatalf("no call %q on the line of %q", text, marker)
	return Call{}
}

func TestResolution(t *testing.T) {
	src := `import time
import time as t
import pkg.sub.mod
import pkg.sub.mod as m
from pkg.sub.mod import f
from pkg.sub.mod import f as g
from . import sibling
from .. import up
from .peer import h
import httpx
from typing import Optional

CLIENT = httpx.Client()


class Cls:
    pool = httpx.Client()
    typed: httpx.Client

    def m(self):
        self.client = httpx.Client()
        self.conn = make()
        self.conn = other()

    async def a(self, c: httpx.Client, o: Optional[httpx.Client], u: httpx.Client | None, plain):
        self.m()  # self
        Cls.m(self)  # class
        c.get()  # typed
        o.get()  # optional
        u.get()  # union
        plain.get()  # plain
        CLIENT.get()  # module
        LATER.get()  # later
        x = y = httpx.Client()
        x.get()  # chained
        y.get()  # chained-inner
        (p, q) = (httpx.Client(), time)
        p.get()  # tuple
        q.sleep()  # tuple2
        r, s = make()
        r.get()  # unpacked
        with httpx.Client() as w:
            w.get()  # with
        for time in []:
            time.sleep()  # loop
        ann: httpx.Client = ...
        ann.get()  # annotated
        (BASE / "x").read_text()  # div
        d["k"].find()  # index
        self.client.get()  # attribute
        self.conn.get()  # attribute-conflict
        self.pool.get()  # class-attribute
        self.typed.get()  # class-annotation


async def top():
    time.sleep(1)  # time
    t.sleep(1)  # alias
    pkg.sub.mod.f()  # dotted
    m.f()  # module-alias
    f()  # from
    g()  # from-alias
    sibling.k()  # relative
    up.k()  # relative-up
    h()  # relative-peer
    [time.sleep(i) for i in range(3)]  # comprehension
    lambda: time.sleep(1)  # lambda
    await httpx.AsyncClient().get()  # awaited

    def inner():
        time.sleep(1)  # inner


LATER = httpx.Client()
BASE = time
`
	ff := extract(t, "pkg/sub/mod.py", "pkg.sub.mod", src)
	cases := []struct {
		marker, text, callee string
		async                bool
	}{
		{"# self", "self.m", "pkg.sub.mod.Cls.m", true},
		{"# class", "Cls.m", "pkg.sub.mod.Cls.m", true},
		{"# typed", "c.get", "httpx.Client().get", true},
		{"# optional", "o.get", "httpx.Client().get", true},
		{"# union", "u.get", "httpx.Client().get", true},
		{"# plain", "plain.get", "", true},
		{"# module", "CLIENT.get", "httpx.Client().get", true},
		{"# later", "LATER.get", "httpx.Client().get", true},
		{"# chained", "x.get", "httpx.Client().get", true},
		{"# chained-inner", "y.get", "httpx.Client().get", true},
		{"# tuple", "p.get", "httpx.Client().get", true},
		{"# tuple2", "q.sleep", "time.sleep", true},
		{"# unpacked", "r.get", "", true},
		{"# with", "w.get", "httpx.Client().get", true},
		{"# loop", "time.sleep", "", true},
		{"# annotated", "ann.get", "httpx.Client().get", true},
		{"# div", `(BASE / "x").read_text`, "time/.read_text", true},
		{"# index", `d["k"].find`, "d[].find", true},
		{"# attribute", "self.client.get", "httpx.Client().get", true},
		{"# attribute-conflict", "self.conn.get", "", true},
		{"# class-attribute", "self.pool.get", "httpx.Client().get", true},
		{"# class-annotation", "self.typed.get", "httpx.Client().get", true},
		{"# time", "time.sleep", "time.sleep", true},
		{"# alias", "t.sleep", "time.sleep", true},
		{"# dotted", "pkg.sub.mod.f", "pkg.sub.mod.f", true},
		{"# module-alias", "m.f", "pkg.sub.mod.f", true},
		{"# from", "f", "pkg.sub.mod.f", true},
		{"# from-alias", "g", "pkg.sub.mod.f", true},
		{"# relative", "sibling.k", "pkg.sub.sibling.k", true},
		{"# relative-up", "up.k", "pkg.up.k", true},
		{"# relative-peer", "h", "pkg.sub.peer.h", true},
		{"# comprehension", "time.sleep", "time.sleep", true},
		{"# lambda", "time.sleep", "time.sleep", false},
		{"# inner", "time.sleep", "time.sleep", false},
	}
	for _, c := range cases {
		got := calleeOn(t, ff, src, c.marker, c.text)
		if got.Callee != c.callee || got.Async != c.async {
			t.Errorf("%s: %s resolves to %q async=%v, want %q async=%v", c.marker, c.text, got.Callee, got.Async, c.callee, c.async)
		}
	}
	if aw := calleeOn(t, ff, src, "# awaited", "httpx.AsyncClient().get"); !aw.Awaited || aw.Callee != "httpx.AsyncClient().get" {
		t.Errorf("awaited call: %+v", aw)
	}
}

func TestScopes(t *testing.T) {
	src := `class A:
    def m(self):
        def inner():
            return lambda: 1
    async def n(self):
        pass


@decorator(arg())
async def f(x=default()):
    class B:
        pass
`
	ff := extract(t, "pkg/mod.py", "pkg.mod", src)
	want := []struct {
		kind   ScopeKind
		qual   string
		parent int
	}{
		{Class, "pkg.mod.A", -1},
		{Def, "pkg.mod.A.m", 0},
		{Def, "pkg.mod.A.m.inner", 1},
		{Lambda, "pkg.mod.A.m.inner.<lambda>", 2},
		{AsyncDef, "pkg.mod.A.n", 0},
		{AsyncDef, "pkg.mod.f", -1},
		{Class, "pkg.mod.f.B", 5},
	}
	if len(ff.Scopes) != len(want) {
		t.Fatalf("%d scopes, want %d: %+v", len(ff.Scopes), len(want), ff.Scopes)
	}
	for i, w := range want {
		s := ff.Scopes[i]
		if s.Kind != w.kind || s.Qual != w.qual || s.Parent != w.parent {
			t.Errorf("scope %d: %s %s parent %d, want %s %s parent %d", i, s.Kind, s.Qual, s.Parent, w.kind, w.qual, w.parent)
		}
	}
	// Decorators and defaults run where the def stands, not inside it.
	for _, text := range []string{"decorator", "arg", "default"} {
		c := calleeOn(t, ff, src, text+"(", text)
		if c.Scope != -1 || c.Async {
			t.Errorf("%s() is in scope %d async=%v, want module level", text, c.Scope, c.Async)
		}
	}
}

func TestModuleName(t *testing.T) {
	packages := map[string]bool{"pkg": true, "pkg/sub": true, "src/app": true}
	for p, want := range map[string]string{
		"pkg/sub/mod.py":      "pkg.sub.mod",
		"pkg/__init__.py":     "pkg",
		"pkg/sub/__init__.py": "pkg.sub",
		"src/app/main.py":     "app.main",
		"script.py":           "script",
		"tools/run.py":        "run",
	} {
		if got := moduleName(p, packages); got != want {
			t.Errorf("moduleName(%q) = %q, want %q", p, got, want)
		}
	}
}

// FuzzExtract: arbitrary bytes parse and extract without panicking, every
// span stays inside the source, and the walk for deep trees gives what the
// query gives.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"import time\nasync def f():\n    time.sleep(1)\n",
		"x: Optional[httpx.Client] = ...\n(a, b) = (c(), d())\n",
		"async def f(a: A | None, *b, **c):\n    with x() as (y, z):\n        (y / 'p')[0].q()\n",
		"from . import (a as b,\n", "def f(:\n", "class C:\n  def m(self): self.m()\n",
		"lambda: (yield)\nfor a, *b in c: pass\nexcept E as e:\n",
	} {
		f.Add([]byte(s))
	}
	parser := sitter.NewParser()
	parser.SetLanguage(tspython.GetLanguage())
	f.Fuzz(func(t *testing.T, src []byte) {
		tree, err := parser.ParseCtx(context.Background(), nil, src)
		if err != nil {
			return
		}
		defer tree.Close()
		ff, comments := Extract("pkg/mod.py", "pkg.mod", src, tree.RootNode(), nil)
		n := len(src)
		for _, c := range ff.Calls {
			if c.Span.Start < 0 || c.Span.End > n || c.Scope >= len(ff.Scopes) {
				t.Fatalf("call out of range: %+v", c)
			}
		}
		for _, b := range ff.Bindings {
			if b.Span.End > n || b.Scope >= len(ff.Scopes) {
				t.Fatalf("binding out of range: %+v", b)
			}
		}
		for _, c := range comments {
			if c.End > n {
				t.Fatalf("comment out of range: %+v", c)
			}
		}
		walked, walkedComments := extractFacts("pkg/mod.py", "pkg.mod", src, tree.RootNode(), nil, true)
		if !reflect.DeepEqual(ff, walked) || !reflect.DeepEqual(comments, walkedComments) {
			t.Fatalf("the walk and the query disagree on %q", src)
		}
	})
}

// synthetic is a large module: n classes of methods, each binding and
// calling through the same names, so that per-name binding lists grow long.
func synthetic(n int) string {
	var b strings.Builder
	b.WriteString("import time\nimport httpx\nfrom pkg import helper\n")
	for i := 0; i < n; i++ {
		b.WriteString("client = httpx.Client()\n")
		b.WriteString("class C" + strings.Repeat("x", i%7) + ":\n")
		b.WriteString("    async def m(self, request, c: httpx.Client):\n")
		b.WriteString("        conn = helper.connect()\n        cur = conn.cursor()\n")
		b.WriteString("        for row in cur.execute('q'):\n            time.sleep(row)\n")
		b.WriteString("        client.get('u')\n        c.post('u')\n        self.m(request, c)\n")
		b.WriteString("        [helper.f(x) for x in range(3)]\n        f = lambda: time.sleep(1)\n")
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	src := []byte(synthetic(1000))
	tree := parse(b, src)
	defer tree.Close()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract("pkg/mod.py", "pkg.mod", src, tree.RootNode(), nil)
	}
}

// TestLongChain: a 20,000-link chain a.b().b()... is resolved once, not
// once per link: every call in it is named, each inner callee a prefix of
// the outer one. Before, this took over ten minutes.
func TestLongChain(t *testing.T) {
	const n = 20000
	src := string(chainSource(n))
	ff := extract(t, "m.py", "m", src)
	if len(ff.Calls) != n+1 {
		t.Fatalf("%d calls, want %d", len(ff.Calls), n+1)
	}
	// Outermost first: the last link, then each one below it.
	full := "httpx.Client()" + strings.Repeat(".b()", n)
	for i, c := range ff.Calls[:n] {
		want := full[:len(full)-4*i-2]
		if c.Callee != want {
			t.Fatalf("call %d: callee of %d bytes, want %d (%.40q...)", i, len(c.Callee), len(want), c.Callee)
		}
		if c.Text != src[c.Span.Start:c.Span.End] {
			t.Fatalf("call %d: text %.40q is not its span", i, c.Text)
		}
	}
	if last := ff.Calls[n]; last.Callee != "httpx.Client" {
		t.Fatalf("innermost callee %q", last.Callee)
	}
}

// TestChainThroughUnknown: a chain whose base cannot be named leaves every
// call in it unnamed, and a chain through self.attr resolves each link
// through what the class assigned.
func TestChainThroughUnknown(t *testing.T) {
	src := `import httpx
class C:
    def __init__(self):
        self.c = httpx.Client()
    async def m(self, p):
        p.a().b().c()  # param
        self.c.get().json().keys()  # attr
        (self.c).get(u).json()  # paren
`
	ff := extract(t, "pkg/mod.py", "pkg.mod", src)
	for _, tc := range []struct{ marker, text, want string }{
		{"# param", "p.a().b().c", ""},
		{"# param", "p.a().b", ""},
		{"# param", "p.a", ""},
		{"# attr", "self.c.get().json().keys", "httpx.Client().get().json().keys"},
		{"# attr", "self.c.get().json", "httpx.Client().get().json"},
		{"# attr", "self.c.get", "httpx.Client().get"},
		{"# paren", "(self.c).get(u).json", "httpx.Client().get().json"},
		{"# paren", "(self.c).get", "httpx.Client().get"},
	} {
		if got := calleeOn(t, ff, src, tc.marker, tc.text).Callee; got != tc.want {
			t.Errorf("%s: callee %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestScopeAfterDefaultLambda: a lambda among a def's defaults stands
// outside the def, and the def's body is still the def's scope.
func TestScopeAfterDefaultLambda(t *testing.T) {
	src := `import time
async def f(cb=lambda x: x):
    time.sleep(1)  # body
`
	ff := extract(t, "m.py", "m", src)
	c := calleeOn(t, ff, src, "# body", "time.sleep")
	if c.Scope < 0 || ff.Scopes[c.Scope].Name != "f" || !c.Async {
		t.Fatalf("time.sleep in scope %d (async %v), want f", c.Scope, c.Async)
	}
}

// TestDottedNames: the text shortcut takes only what the grammar parses
// as identifiers and attributes.
func TestDottedNames(t *testing.T) {
	for s, want := range map[string]string{
		"a": "a", "a.b.c": "a", "_x1.y": "_x1", "self.match": "self",
		"": "-", "a.": "-", ".a": "-", "a..b": "-", "1a": "-", "a.1b": "-", "a .b": "-",
		"None": "-", "a.if": "-", "a[0]": "-", "a()": "-", "é": "-", "a#c": "-",
	} {
		first, ok := dottedName(s)
		if !ok {
			first = "-"
		}
		if first != want {
			t.Errorf("dottedName(%q) = %q, want %q", s, first, want)
		}
	}
}

// TestDeepNesting: 20,000 nested lambdas, each calling time.sleep, keep
// linear: every call resolves without walking the whole chain of scopes
// again, and only the outer scopes get a qualified name.
func TestDeepNesting(t *testing.T) {
	const n = 20000
	src := "import time\nx = " + strings.Repeat("lambda: time.sleep(", n) + "0" + strings.Repeat(")", n) + "\n"
	ff := extract(t, "m.py", "m", src)
	if len(ff.Scopes) != n || len(ff.Calls) != n {
		t.Fatalf("%d scopes and %d calls, want %d", len(ff.Scopes), len(ff.Calls), n)
	}
	for i, c := range ff.Calls {
		if c.Callee != "time.sleep" || c.Scope != i {
			t.Fatalf("call %d: %q in scope %d", i, c.Callee, c.Scope)
		}
	}
	if q := ff.Scopes[1].Qual; q != "m.<lambda>.<lambda>" {
		t.Errorf("second lambda's Qual %q", q)
	}
	if q := ff.Scopes[maxQualDepth-1].Qual; len(q) != len("m")+maxQualDepth*len(".<lambda>") {
		t.Errorf("Qual at the depth limit has %d bytes", len(q))
	}
	if q := ff.Scopes[maxQualDepth].Qual; q != "" {
		t.Errorf("Qual past the depth limit: %.40q...", q)
	}
}

// TestWideNodes: an import of 20,000 names, a def of 20,000 parameters and
// an assignment to a 20,000-name tuple read each child once, in order.
func TestWideNodes(t *testing.T) {
	const n = 20000
	var imp, from, params, targets, values []string
	for i := 0; i < n; i++ {
		imp = append(imp, fmt.Sprintf("m%d", i))
		from = append(from, fmt.Sprintf("f%d", i))
		params = append(params, fmt.Sprintf("p%d: httpx.Client", i))
		targets = append(targets, fmt.Sprintf("t%d", i))
		values = append(values, "httpx.Client()")
	}
	src := "import httpx\nimport " + strings.Join(imp, ", ") + "\nfrom pkg import " + strings.Join(from, ", ") +
		"\ndef f(" + strings.Join(params, ", ") + "):\n    pass\n" +
		strings.Join(targets, ", ") + " = " + strings.Join(values, ", ") + "\n"
	ff := extract(t, "m.py", "m", src)
	got := map[string]int{}
	for _, b := range ff.Bindings {
		switch {
		case b.Name == "m0" || b.Name == "m19999":
			got[b.Name+"="+b.Value]++
		case b.Name == "f19999" || b.Name == "p19999" || b.Name == "t19999":
			got[b.Name+"="+b.Value]++
		}
		got[b.Name[:1]]++
	}
	for k, want := range map[string]int{
		"m": n, "f": n + 1, "p": n, "t": n,
		"m0=m0": 1, "m19999=m19999": 1, "f19999=pkg.f19999": 1,
		"p19999=httpx.Client()": 1, "t19999=httpx.Client()": 1,
	} {
		if got[k] != want {
			t.Errorf("%s: %d, want %d", k, got[k], want)
		}
	}
}
