package rsdefs

import (
	"fmt"
	"strings"
	"testing"
)

// hostileShapes are files that make a resolver do more than look up a
// name: n supers in one path, n glob imports in sight of n bare calls, n
// uses of one type name around n impls of it, a chain of n re-exports.
// Each must cost time linear in n (compare the sizes).
var hostileShapes = map[string]func(n int) string{
	"supers": func(n int) string {
		return "async fn h() { " + strings.Repeat("super::", n) + "f(); }\n"
	},
	"globs": func(n int) string {
		var s strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&s, "use crate::m%d::*;\n", i)
		}
		s.WriteString("async fn h() {\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&s, "    f%d();\n", i)
		}
		return s.String() + "}\n"
	},
	"impls": func(n int) string {
		var s strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&s, "fn u%d() { use crate::x::T; }\nimpl T { fn new() -> Self { T } fn m%d(&self) {} }\n", i, i)
		}
		return s.String()
	},
	"reexports": func(n int) string {
		var s strings.Builder
		s.WriteString("pub fn x0() {}\n")
		for i := 1; i < n; i++ {
			fmt.Fprintf(&s, "pub use crate::x%d as x%d;\n", i-1, i)
		}
		fmt.Fprintf(&s, "async fn h() { crate::x%d(); }\n", n-1)
		return s.String()
	},
}

func BenchmarkHostile(b *testing.B) {
	for name, shape := range hostileShapes {
		for _, n := range []int{10_000, 20_000} {
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				files := map[string]string{"Cargo.toml": cargo("app"), "src/lib.rs": shape(n)}
				for b.Loop() {
					x, rs := index(b, files)
					ff := rs.Files["src/lib.rs"]
					for i := range ff.Calls {
						x.ResolveCall(ff, &ff.Calls[i])
					}
				}
			})
		}
	}
}
