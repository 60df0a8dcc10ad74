package rust

import (
	"strconv"
	"strings"
	"testing"
)

// longChains is a file of chains with n links each: one resolved through
// an import, one through a typed field of self, one whose receiver cannot
// be named (v[0]).
func longChains(n int) string {
	links := strings.Repeat(".b()", n)
	return "use std::fs::File;\nstruct S { f: File }\nimpl S {\n" +
		"async fn a(&self) { File::open(p).unwrap()" + links + "; }\n" +
		"async fn c(&self) { self.f.sync_all()" + links + "; }\n" +
		"async fn d(&self) { v[0].e()" + links + "; }\n}\n"
}

// TestLongChain: every link of a chain is resolved once, so a 20,000-link
// chain (which took minutes when each link re-resolved the links below it)
// is extracted like any other file, and each link still names the whole
// chain before it.
func TestLongChain(t *testing.T) {
	const n = 20000
	src := longChains(n)
	ff, _ := extract(t, src)
	if got, want := len(ff.Calls), 3*(n+1)+1; got != want {
		t.Fatalf("%d calls, want %d", got, want)
	}
	counts := map[string]int{}
	byLinks := map[string][]int{}
	for _, c := range ff.Calls {
		var head string
		switch {
		case strings.HasPrefix(c.Callee, "std::fs::File::open()"):
			head = "open"
		case strings.HasPrefix(c.Callee, "<std::fs::File>.sync_all"):
			head = "field"
		case c.Callee == "" && strings.HasPrefix(c.Text, "v[0]"):
			head = "unknown"
		case c.Callee == "std::fs::File::open":
			counts["File::open"]++
			continue
		default:
			t.Fatalf("unexpected call %q -> %q", shorten(c.Text), shorten(c.Callee))
		}
		counts[head]++
		byLinks[head] = append(byLinks[head], len(c.Callee))
	}
	if counts["open"] != n+1 || counts["field"] != n+1 || counts["unknown"] != n+1 || counts["File::open"] != 1 {
		t.Fatalf("calls by chain: %v", counts)
	}
	// Each link has a callee of its own length (the chain up to it).
	for _, head := range []string{"open", "field"} {
		seen := map[int]bool{}
		for _, l := range byLinks[head] {
			seen[l] = true
		}
		if len(seen) != n+1 {
			t.Fatalf("%s chain: %d distinct callees, want %d", head, len(seen), n+1)
		}
	}
	// Each link's callee is the outermost link's cut before a "(".
	for head, want := range map[string]string{
		"open":  "std::fs::File::open()" + strings.Repeat(".b()", n-1) + ".b",
		"field": "<std::fs::File>.sync_all()" + strings.Repeat(".b()", n-1) + ".b",
	} {
		for _, c := range ff.Calls {
			if !strings.HasPrefix(c.Callee, want[:10]) || c.Callee == "std::fs::File::open" || c.Callee == "std::fs::File::open().unwrap" {
				continue
			}
			if c.Callee != want && (len(c.Callee) >= len(want) || want[:len(c.Callee)] != c.Callee || want[len(c.Callee)] != '(') {
				t.Fatalf("%s chain: callee %q is not a link of %q", head, shorten(c.Callee), shorten(want))
			}
		}
	}
}

func shorten(s string) string {
	if len(s) > 80 {
		return s[:40] + "..." + s[len(s)-40:]
	}
	return s
}

// BenchmarkLongChain extracts a file of three 2,000-link chains.
func BenchmarkLongChain(b *testing.B) {
	src := longChains(2000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		extract(b, src)
	}
}

// TestManyBindings: lookups stay cheap with many bindings of one name
// (shadowing lets, lets in sibling blocks, uses in sibling fns, glob
// imports), and still find the right one.
func TestManyBindings(t *testing.T) {
	const n = 20000
	t.Run("shadowing", func(t *testing.T) {
		src := "use std::fs::File;\nfn f(x: File) {\n" + strings.Repeat("let x = x.a();\n", n) + "x.done();\n}\n"
		ff, _ := extract(t, src)
		last := ff.Calls[len(ff.Calls)-1]
		if want := "<std::fs::File>" + strings.Repeat(".a()", n) + ".done"; last.Callee != want {
			t.Errorf("last call: %q", shorten(last.Callee))
		}
		lets := 0
		for _, b := range ff.Bindings {
			if b.Kind == Let {
				lets++
				if want := len("<std::fs::File>") + 4*lets; len(b.Value) != want {
					t.Fatalf("let %d: value %q", lets, shorten(b.Value))
				}
			}
		}
	})
	t.Run("sibling blocks", func(t *testing.T) {
		src := "use std::fs::File;\nfn f() {\n" + strings.Repeat("{ let x = File::open(p); x.m(); }\n", n) + "x.after();\n}\n"
		ff, _ := extract(t, src)
		for _, c := range ff.Calls {
			switch c.Text {
			case "x.m":
				if c.Callee != "std::fs::File::open().m" {
					t.Fatalf("in a block: %q", c.Callee)
				}
			case "x.after":
				if c.Callee != "x.after" {
					t.Fatalf("after the blocks: %q", c.Callee)
				}
			}
		}
	})
	t.Run("uses in sibling fns", func(t *testing.T) {
		src := strings.Repeat("fn f() { use std::thread::sleep; sleep(d); }\n", n) + "fn g() { sleep(d); }\n"
		ff, _ := extract(t, src)
		for i, c := range ff.Calls {
			want := "std::thread::sleep"
			if i == len(ff.Calls)-1 {
				want = "sleep"
			}
			if c.Callee != want {
				t.Fatalf("call %d: %q, want %q", i, c.Callee, want)
			}
		}
	})
	t.Run("uses in sibling blocks", func(t *testing.T) {
		src := "use std::fs::read;\nfn f() {\n" + strings.Repeat("{ use a::read; }\n", 3) + "read(p);\n}\n"
		ff, _ := extract(t, src)
		if len(ff.Calls) != 1 || ff.Calls[0].Callee != "std::fs::read" {
			t.Errorf("calls: %+v", ff.Calls)
		}
	})
	t.Run("globs", func(t *testing.T) {
		const globs = 2000
		var b strings.Builder
		for i := 0; i < globs; i++ {
			b.WriteString("use m" + strconv.Itoa(i) + "::*;\n")
		}
		src := b.String() + "fn g() {" + strings.Repeat("f();", n) + "}\nmod inner { fn h() { f(); } }\n"
		ff, _ := extract(t, src)
		for i, c := range ff.Calls {
			want, first := globs, "m0"
			if i == len(ff.Calls)-1 {
				want, first = 0, ""
			}
			if len(c.Globs) != want || want > 0 && c.Globs[0] != first {
				t.Fatalf("call %d: %d globs, want %d", i, len(c.Globs), want)
			}
		}
	})
}

// TestTextPaths: paths read from their text (names and ::) resolve like
// the ones walked node by node (generics, raw identifiers).
func TestTextPaths(t *testing.T) {
	src := `use tokio::*;
use std::fs as f;
struct S;
impl S {
    fn m() {
        ::std::fs::read(a);
        f::read(b);
        fs::read(c);
        Self::n(d);
        crate::x::y(e);
        Vec::<u8>::with_capacity(g);
        r#fs::read(h);
    }
}
`
	ff, _ := extract(t, src)
	want := map[string]string{
		"::std::fs::read":          "std::fs::read []",
		"f::read":                  "std::fs::read []",
		"fs::read":                 "fs::read [tokio]",
		"Self::n":                  "S::n []",
		"crate::x::y":              "crate::x::y []",
		"Vec::<u8>::with_capacity": "Vec::with_capacity [tokio]",
		"r#fs::read":               "r#fs::read [tokio]",
	}
	for _, c := range ff.Calls {
		got := c.Callee + " " + "[" + strings.Join(c.Globs, " ") + "]"
		if w, ok := want[c.Text]; !ok || got != w {
			t.Errorf("%s: %q, want %q", c.Text, got, w)
		}
		delete(want, c.Text)
	}
	for text := range want {
		t.Errorf("no call %s", text)
	}
}
