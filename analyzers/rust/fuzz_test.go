package rust

import (
	"testing"
)

// FuzzExtract parses and extracts arbitrary bytes: no panic, and every
// span the facts hold lies within the source.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"use std::fs::{self, File as F, io::{self, *}};\nasync fn a(x: &mut F) { fs::read(p)?.len(); x.read(b).unwrap(); }",
		"impl<T> S<T> { async fn m(&self) { let c = || async { self.f.lock().unwrap() }; } }",
		"mod m { use super::*; fn f() { match g() { Ok(x) => x.h(), _ => () } } }",
		"fn broken( { let = ; async move |x| {} }",
		"#[pyfunction]\n/// doc\nfn f() /* c */ { if let Some(y) = z() { y.w(); } }",
		"\xff\xfe\x00 fn \x80() {}",
		"async fn m() { println!(\"{}\", f(g!(h(x)))); x!(a);y!(b()); tokio::select!{ _ = a() => { b() } } vec![0; n()]; q!(]) }",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		ff, comments := extract(t, string(src))
		in := func(what string, start, end int) {
			if start < 0 || end < start || end > len(src) {
				t.Fatalf("%s span [%d,%d) outside %d bytes", what, start, end, len(src))
			}
		}
		for _, s := range ff.Scopes {
			in("scope", s.Span.Start, s.Span.End)
			in("body", s.Body.Start, s.Body.End)
			if s.Parent >= len(ff.Scopes) {
				t.Fatalf("parent %d out of range", s.Parent)
			}
		}
		for _, b := range ff.Bindings {
			in("binding", b.Span.Start, b.Span.End)
		}
		for _, c := range ff.Calls {
			in("call", c.Span.Start, c.Span.End)
			in("name", c.Name.Start, c.Name.End)
			if c.Scope >= len(ff.Scopes) || c.Async && (c.Scope < 0 || !ff.Scopes[c.Scope].IsAsync()) {
				t.Fatalf("call %+v: bad scope", c)
			}
		}
		for _, c := range comments {
			in("comment", c.Start, c.End)
		}
	})
}
