package rust

import (
	"fmt"
	"strings"
	"testing"
)

// The hostile shapes of issue 8, each 10,000 deep or long: every step of
// the extraction is linear in them (go test -run '^$' -bench Hostile times
// 1x/2x/4x), and the facts stay right. Each file ends with a blocking call
// in the async fn, which must still be found.
const hostileN = 10000

const tail = " std::thread::sleep(d); }"

// sleepFound fails unless the file's std::thread::sleep call is in async
// context, in the async fn f.
func sleepFound(t *testing.T, ff *FileFacts) Call {
	t.Helper()
	for _, c := range ff.Calls {
		if c.Callee == "std::thread::sleep" {
			if !c.Async || c.Scope < 0 || ff.Scopes[c.Scope].Name != "f" {
				t.Fatalf("sleep call not in async fn f: %+v", c)
			}
			return c
		}
	}
	t.Fatalf("no std::thread::sleep call among %d calls", len(ff.Calls))
	return Call{}
}

func hostile(name string, n int) string {
	switch name {
	case "closures":
		return "async fn f() { let x = " + strings.Repeat("|| ", n) + "1;" + tail
	case "awaits":
		return "async fn f() { g()" + strings.Repeat(".await", n) + ";" + tail
	case "blocks":
		return "async fn f() { " + strings.Repeat("{ ", n) + "h();" + strings.Repeat(" }", n) + tail
	case "asyncBlocks":
		return "async fn f() { " + strings.Repeat("async { ", n) + "h()" + strings.Repeat(" }", n) + ";" + tail
	case "closureBlocks":
		return "async fn f() { let x = " + strings.Repeat("|y| { ", n) + "y.h()" + strings.Repeat(" }", n) + ";" + tail
	case "generics":
		return "async fn f() { let x: " + strings.Repeat("Vec<", n) + "u8" + strings.Repeat(">", n) + " = g();" + tail
	case "useList":
		items := make([]string, n)
		for i := range items {
			items[i] = fmt.Sprintf("b%d", i)
		}
		return "use a::{" + strings.Join(items, ", ") + "};\nasync fn f() {" + tail
	case "useGroups":
		return "use " + strings.Repeat("a::{x, ", n) + "c" + strings.Repeat("}", n) + ";\nasync fn f() {" + tail
	case "macros":
		return "async fn f() { " + strings.Repeat("println!(\"{}\", g(x)); ", n) + tail
	case "fns":
		return "async fn f() { " + strings.Repeat("fn g() { ", n) + strings.Repeat("} ", n) + tail
	case "mods":
		return strings.Repeat("mod m { ", n) + "async fn f() {" + tail + strings.Repeat(" }", n)
	case "ifLets":
		return "async fn f() { " + strings.Repeat("if let Some(x) = x.g() { ", n) + "x.h();" + strings.Repeat(" }", n) + tail
	case "matches":
		return "async fn f() { " + strings.Repeat("match x.g() { Some(x) => ", n) + "x.h()" + strings.Repeat(", _ => 2 }", n) + ";" + tail
	case "attributedFns":
		return strings.Repeat("#[a]\n// c\n#[b(x)]\nfn g() {}\n", n) + "async fn f() {" + tail
	case "params":
		ps := make([]string, n)
		for i := range ps {
			ps[i] = fmt.Sprintf("p%d: File", i)
		}
		return "use std::fs::File;\nasync fn f(" + strings.Join(ps, ", ") + ") { p9.sync_all();" + tail
	case "shadowing":
		return "use std::fs::File;\nasync fn f(x: u8) { " + strings.Repeat("let x = File::open(p); let c = |x: File| x.g(); x.h(); ", n) + tail
	case "modGlobs":
		return strings.Repeat("mod m { use a::*; fn g() { h(); } }\n", n) + "async fn f() {" + tail
	}
	panic(name)
}

var hostileCases = []string{"closures", "awaits", "blocks", "asyncBlocks", "closureBlocks", "generics", "useList",
	"useGroups", "macros", "fns", "mods", "ifLets", "matches", "attributedFns", "params", "shadowing", "modGlobs"}

func TestHostile(t *testing.T) {
	for _, name := range hostileCases {
		t.Run(name, func(t *testing.T) {
			ff, _ := extract(t, hostile(name, hostileN))
			sleep := sleepFound(t, ff)
			checkHostile(t, name, ff, sleep)
		})
	}
}

func checkHostile(t *testing.T, name string, ff *FileFacts, sleep Call) {
	count := func(pred func(Call) bool) int {
		k := 0
		for _, c := range ff.Calls {
			if pred(c) {
				k++
			}
		}
		return k
	}
	scopes := func(kind ScopeKind) int {
		k := 0
		for _, s := range ff.Scopes {
			if s.Kind == kind {
				k++
			}
		}
		return k
	}
	switch name {
	case "closures", "closureBlocks":
		if got := scopes(Closure); got != hostileN {
			t.Fatalf("%d closures", got)
		}
		// Each closure's parent is the one around it.
		for i := 2; i < len(ff.Scopes); i++ {
			if ff.Scopes[i].Parent != i-1 {
				t.Fatalf("scope %d: parent %d", i, ff.Scopes[i].Parent)
			}
		}
		if name == "closureBlocks" {
			h := count(func(c Call) bool { return c.Text == "y.h" && !c.Async && c.Scope == len(ff.Scopes)-1 })
			if h != 1 {
				t.Fatalf("y.h() not in the innermost closure")
			}
		}
	case "awaits":
		if len(ff.Awaits) != hostileN || ff.Awaits[0].Scope != sleep.Scope {
			t.Fatalf("%d awaits", len(ff.Awaits))
		}
	case "blocks":
		if count(func(c Call) bool { return c.Text == "h" && c.Async }) != 1 {
			t.Fatal("h() not async")
		}
	case "asyncBlocks":
		if scopes(AsyncBlock) != hostileN || count(func(c Call) bool { return c.Text == "h" && c.Scope == len(ff.Scopes)-1 && c.Async }) != 1 {
			t.Fatal("h() not in the innermost async block")
		}
	case "generics":
		if len(ff.Bindings) != 2 || ff.Bindings[1].Value != "<Vec>" {
			t.Fatalf("bindings %+v", ff.Bindings)
		}
	case "useList":
		if len(ff.Bindings) != hostileN+1 || ff.Bindings[hostileN-1].Value != fmt.Sprintf("a::b%d", hostileN-1) {
			t.Fatalf("%d bindings", len(ff.Bindings))
		}
	case "useGroups":
		if len(ff.Bindings) != hostileN+2 || ff.Bindings[1].Value != "a::a::x" {
			t.Fatalf("%d bindings, second %+v", len(ff.Bindings), ff.Bindings[1])
		}
		if last := ff.Bindings[hostileN]; last.Name != "c" || last.Value != "" {
			t.Fatalf("the innermost name, past maxGroupDepth: %+v", last)
		}
	case "macros":
		if count(func(c Call) bool { return c.Text == "g" && c.Async }) != hostileN {
			t.Fatal("calls in macro arguments missing")
		}
	case "fns":
		if scopes(Fn) != hostileN || ff.Scopes[2].Qual != "f::g::g" {
			t.Fatalf("%d fns, %q", scopes(Fn), ff.Scopes[2].Qual)
		}
		for _, s := range ff.Scopes {
			if len(s.Qual) > maxQualLen+len("::g") {
				t.Fatalf("qual of %d bytes", len(s.Qual))
			}
		}
	case "mods":
		if !strings.HasPrefix(ff.Scopes[0].Qual, "m::m::m::") {
			t.Fatalf("qual %q", ff.Scopes[0].Qual)
		}
	case "ifLets", "matches":
		// The innermost x is the outer ones' x.g() chain.
		h := count(func(c Call) bool {
			return c.Text == "x.h" && strings.HasPrefix(c.Callee, "x.g().g().g()") && strings.HasSuffix(c.Callee, ".h")
		})
		if h != 1 {
			t.Fatal("x.h() not resolved through the bindings")
		}
	case "attributedFns":
		for _, s := range ff.Scopes {
			if s.Name == "g" && (len(s.Attrs) != 2 || s.Attrs[0] != "a" || s.Attrs[1] != "b(x)") {
				t.Fatalf("attrs %q", s.Attrs)
			}
		}
	case "shadowing":
		if count(func(c Call) bool { return c.Callee == "std::fs::File::open().h" }) != hostileN ||
			count(func(c Call) bool { return c.Callee == "<std::fs::File>.g" }) != hostileN {
			t.Fatal("shadowed names not resolved to the nearest binding")
		}
	case "modGlobs":
		if count(func(c Call) bool { return c.Text == "h" && len(c.Globs) == 1 && c.Globs[0] == "a" }) != hostileN || sleep.Globs != nil {
			t.Fatal("glob imports not seen in their own module only")
		}
	case "params":
		if count(func(c Call) bool { return c.Callee == "<std::fs::File>.sync_all" }) != 1 {
			t.Fatal("typed parameter not bound")
		}
	}
}

// BenchmarkHostile extracts each shape at 1x, 2x and 4x: time per op
// should double with the size.
func BenchmarkHostile(b *testing.B) {
	for _, name := range hostileCases {
		for _, m := range []int{1, 2, 4} {
			src := hostile(name, 5000*m)
			b.Run(fmt.Sprintf("%s/%dx", name, m), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					extract(b, src)
				}
			})
		}
	}
}

// TestDeeperThanTheQueryCursor: past 65,535 levels tree-sitter's query
// cursor loses matches (and took minutes doing it); such trees are queried
// in layers (deep.go), and nothing is lost. The 80,000 closures,
// and a chain 80,000 levels deep.
func TestDeeperThanTheQueryCursor(t *testing.T) {
	const n = 80000
	ff, _ := extract(t, hostile("closures", n))
	sleepFound(t, ff)
	if len(ff.Scopes) != n+1 {
		t.Fatalf("%d scopes, want %d", len(ff.Scopes), n+1)
	}
	for i := 2; i < len(ff.Scopes); i++ {
		if s := ff.Scopes[i]; s.Parent != i-1 || s.Kind != Closure || s.Body.Start <= s.Span.Start || s.Body.End != ff.Scopes[i-1].Body.End {
			t.Fatalf("scope %d: %+v", i, s)
		}
	}

	ff, _ = extract(t, "use std::fs::File;\nasync fn f() { File::open(p)"+strings.Repeat(".b()", n/2)+";"+tail)
	sleepFound(t, ff)
	if len(ff.Calls) != n/2+2 {
		t.Fatalf("%d calls, want %d", len(ff.Calls), n/2+2)
	}
	// The links below the first cut resolve through the import.
	resolved := 0
	for _, c := range ff.Calls {
		if strings.HasPrefix(c.Callee, "std::fs::File::open().b") {
			resolved++
		}
	}
	if resolved < 1000 {
		t.Fatalf("%d links resolved", resolved)
	}
}
