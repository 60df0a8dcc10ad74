package rust

import (
	"context"
	"reflect"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

func extract(t testing.TB, src string) (*FileFacts, []source.Comment) {
	t.Helper()
	tree := parse(t, []byte(src))
	defer tree.Close()
	return Extract("lib.rs", []byte(src), tree.RootNode(), nil)
}

// parse parses src with the front-end's grammar; the caller closes the tree.
func parse(t testing.TB, src []byte) *sitter.Tree {
	t.Helper()
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(grammar())
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// callAt finds the call whose callee text starts at the first occurrence
// of marker in src.
func callAt(t *testing.T, ff *FileFacts, src, marker string) Call {
	t.Helper()
	at := strings.Index(src, marker)
	if at < 0 {
		t.Fatalf("marker %q not in source", marker)
	}
	for _, c := range ff.Calls {
		if c.Name.Start == at {
			return c
		}
	}
	for _, c := range ff.Calls {
		if c.Span.Start == at {
			return c
		}
	}
	t.Fatalf("no call at %q", marker)
	return Call{}
}

func TestResolution(t *testing.T) {
	src := `
use std::fs;
use std::thread::sleep;
use std::fs::{self as filesystem, File};
use std::process::Command as Cmd;
use reqwest::blocking;
use std::{io::{self, Read}, net::{TcpStream}};
use ::std::time::Instant;
use crate::util::helper;
use super::*;

async fn f(p: &str, sock: &mut TcpStream, n: u8, late: &mut Late) {
    use std::fs::File as Late;
    late.sync_all();
    fs::read(p);
    sleep(d);
    filesystem::copy(a, b);
    let file = File::open(p)?;
    file.read_to_end(&mut v);
    File::open(p).unwrap().read_to_string(&mut s);
    File::open(p).expect("x").metadata();
    Cmd::new("ls").arg("-l").output();
    blocking::get(u);
    io::stdin().read_line(&mut s);
    sock.read(&mut b);
    n.pow(2);
    Instant::now();
    helper();
    local();
    tokio::fs::read(p).await?.len();
    Vec::<u8>::with_capacity(3);
    Self::nothing();
    self.nothing();
    unknown.x();
}
fn local() {}
`
	ff, _ := extract(t, src)
	for marker, want := range map[string]string{
		"fs::read(":                "std::fs::read",
		"sleep(d)":                 "std::thread::sleep",
		"filesystem::copy":         "std::fs::copy",
		"File::open(p)?":           "std::fs::File::open",
		"read_to_end":              "std::fs::File::open().read_to_end",
		"read_to_string":           "std::fs::File::open().read_to_string",
		"metadata":                 "std::fs::File::open().metadata",
		"output":                   "std::process::Command::new().arg().output",
		"arg(":                     "std::process::Command::new().arg",
		"blocking::get":            "reqwest::blocking::get",
		"read_line":                "std::io::stdin().read_line",
		"read(&mut b)":             "<std::net::TcpStream>.read",
		"pow":                      "",
		"Instant::now":             "std::time::Instant::now",
		"helper()":                 "crate::util::helper",
		"local()":                  "local",
		"len()":                    "tokio::fs::read().await.len",
		"Vec::<u8>::with_capacity": "Vec::with_capacity",
		"Self::nothing":            "Self::nothing",
		"self.nothing":             "self.nothing",
		"unknown.x":                "unknown.x",
		"sync_all();\n    fs":      "<std::fs::File>.sync_all",
	} {
		if got := callAt(t, ff, src, marker).Callee; got != want {
			t.Errorf("%s: callee %q, want %q", marker, got, want)
		}
	}
	if g := callAt(t, ff, src, "unknown.x").Globs; !reflect.DeepEqual(g, []string{"super"}) {
		t.Errorf("globs at an unbound name: %v, want [super]", g)
	}
	if g := callAt(t, ff, src, "fs::read(").Globs; g != nil {
		t.Errorf("globs at a bound name: %v, want none", g)
	}
}

func TestModulesAndImpls(t *testing.T) {
	src := `
use std::thread::sleep;
mod net {
    use tokio::time::*;
    pub struct Server;
    impl Server {
        pub async fn handle(&self) {
            sleep(d);
            self.load();
            Self::load(self);
            let c = || self.load();
        }
        fn load(&self) {}
    }
    mod deeper { fn g() { sleep(d); } }
}
fn top() { sleep(d); }
`
	ff, _ := extract(t, src)
	handle := callAt(t, ff, src, "sleep(d);\n            self")
	if handle.Callee != "sleep" || !reflect.DeepEqual(handle.Globs, []string{"tokio::time"}) {
		t.Errorf("sleep in mod net: %q globs %v; the file's use must not reach into the module", handle.Callee, handle.Globs)
	}
	if c := callAt(t, ff, src, "sleep(d); } }"); c.Callee != "sleep" || c.Globs != nil {
		t.Errorf("sleep in mod deeper: %q globs %v, want unbound and no glob", c.Callee, c.Globs)
	}
	if c := callAt(t, ff, src, "sleep(d); }\n"); c.Callee != "std::thread::sleep" {
		t.Errorf("sleep at top: %q", c.Callee)
	}
	if c := callAt(t, ff, src, "load();\n            Self"); c.Callee != "<net::Server>.load" {
		t.Errorf("self.load(): %q", c.Callee)
	}
	if c := callAt(t, ff, src, "Self::load"); c.Callee != "net::Server::load" {
		t.Errorf("Self::load: %q", c.Callee)
	}
	if c := callAt(t, ff, src, "load();\n        }"); c.Callee != "<net::Server>.load" {
		t.Errorf("self in a closure: %q", c.Callee)
	}
	var quals []string
	for _, s := range ff.Scopes {
		if s.Qual != "" {
			quals = append(quals, s.Qual+"|"+s.Impl)
		}
	}
	want := []string{"net::Server::handle|net::Server", "net::Server::load|net::Server", "net::deeper::g|", "top|"}
	if !reflect.DeepEqual(quals, want) {
		t.Errorf("quals %v, want %v", quals, want)
	}
}

func TestAsyncContexts(t *testing.T) {
	src := `
async fn a() {
    one();
    fn nested() { two(); }
    let c = |x| three(x);
    spawn_blocking(move || { four(); });
    let b = async move { five(); };
    let d = || async { six(); };
}
fn s() {
    seven();
    block_on(async { eight(); });
}
pub(crate) async unsafe fn u() { nine(); }
const X: u8 = ten();
`
	ff, _ := extract(t, src)
	want := map[string]bool{"one": true, "two": false, "three": false, "four": false, "five": true, "six": true,
		"seven": false, "eight": true, "nine": true, "ten": false}
	for name, async := range want {
		c := callAt(t, ff, src, name+"(")
		if c.Async != async {
			t.Errorf("%s(): async %v, want %v", name, c.Async, async)
		}
	}
	kinds := map[ScopeKind]int{}
	for _, s := range ff.Scopes {
		kinds[s.Kind]++
	}
	if !reflect.DeepEqual(kinds, map[ScopeKind]int{AsyncFn: 2, Fn: 2, Closure: 3, AsyncBlock: 3}) {
		t.Errorf("scope kinds %v", kinds)
	}
	if c := callAt(t, ff, src, "two("); ff.Scopes[c.Scope].Qual != "a::nested" || ff.Scopes[ff.Scopes[c.Scope].Parent].Name != "a" {
		t.Errorf("nested fn scope: %+v", ff.Scopes[c.Scope])
	}
}

func TestBindings(t *testing.T) {
	src := `
use std::fs::File;
use std::net::TcpStream;
async fn f(p: &str, file: &mut File, s: std::net::TcpStream) {
    let a = File::open(p)?;
    let mut b = a;
    let c: File = make();
    if let Ok(mut d) = File::create(p) { d.write(x); }
    match TcpStream::connect(h) { Ok(e) => e.peek(x), _ => 0 };
    while let Some(g) = it.next() { g.go(); }
    b.flush();
    c.sync_all();
    file.read(x);
    s.read(x);
    {
        let a = 3;
        a.shadowed();
    }
    a.after_block();
    let a = a.reopen();
    a.rebound();
    let (t, u) = pair();
    t.tuple();
}
`
	ff, _ := extract(t, src)
	for marker, want := range map[string]string{
		"write(x)":        "std::fs::File::create().write",
		"peek(x)":         "std::net::TcpStream::connect().peek",
		"go()":            "it.next().go",
		"flush()":         "std::fs::File::open().flush",
		"sync_all":        "<std::fs::File>.sync_all",
		"read(x);\n    s": "<std::fs::File>.read",
		"read(x);\n    {": "<std::net::TcpStream>.read",
		"shadowed":        "",
		"after_block":     "std::fs::File::open().after_block",
		"rebound":         "std::fs::File::open().reopen().rebound",
		"tuple":           "t.tuple",
	} {
		if got := callAt(t, ff, src, marker).Callee; got != want {
			t.Errorf("%s: callee %q, want %q", marker, got, want)
		}
	}
}

func TestAttributesAndComments(t *testing.T) {
	src := `/// Adds.
#[pyfunction]
#[pyo3(signature = (a, b = 1))]
fn add(a: u8, b: u8) -> u8 { a + b } // trailing
/* block */
#[pymodule]
fn m(py: Python<'_>, m: &PyModule) -> PyResult<()> {
    println!("{}", 1 /* inside a macro */);
    Ok(())
}
#[pyo3::pyfunction]
async fn g() {}
`
	ff, comments := extract(t, src)
	byName := map[string]Scope{}
	for _, s := range ff.Scopes {
		byName[s.Name] = s
	}
	if got := byName["add"].Attrs; !reflect.DeepEqual(got, []string{"pyfunction", "pyo3(signature = (a, b = 1))"}) {
		t.Errorf("attrs of add: %q", got)
	}
	if !byName["m"].HasAttr("pymodule") || byName["m"].HasAttr("pyfunction") || !byName["g"].HasAttr("pyfunction") || byName["g"].HasAttr("function") {
		t.Errorf("HasAttr: m %q g %q", byName["m"].Attrs, byName["g"].Attrs)
	}
	var texts []string
	for _, c := range comments {
		texts = append(texts, c.Text)
	}
	want := []string{"/// Adds.\n", "// trailing", "/* block */", "/* inside a macro */"}
	if len(texts) != len(want) {
		t.Fatalf("comments %q, want %q", texts, want)
	}
	for i := range want {
		if strings.TrimRight(texts[i], "\n") != strings.TrimRight(want[i], "\n") {
			t.Errorf("comment %d: %q, want %q", i, texts[i], want[i])
		}
	}
	if comments[0].Trailing || !comments[1].Trailing || comments[2].Trailing || !comments[3].Trailing {
		t.Errorf("trailing flags: %+v", comments)
	}
}

func TestMacros(t *testing.T) {
	src := `
async fn f(p: &str) {
    println!("{}", one(p)); // a comment after a macro
    let s = format!("{}", format!("{}", two().three()));
    tokio::select! { _ = four() => { five(); } }
    assert!(v.iter().all(|q| six(q)));
    x!(a);y!(seven());
    quote!{ eight() };
}
fn g() { dbg!(nine()); }
`
	ff, comments := extract(t, src)
	want := map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": false, "seven": true, "nine": false}
	for name, async := range want {
		c := callAt(t, ff, src, name+"(")
		if c.Async != async || c.Callee != name && name != "three" {
			t.Errorf("%s(): %+v, want async %v", name, c, async)
		}
		if got := src[c.Name.Start:c.Name.End]; got != name {
			t.Errorf("%s(): anchored at %q", name, got)
		}
	}
	for _, c := range ff.Calls {
		if strings.Contains(src[c.Span.Start:c.Span.End], "eight") {
			t.Errorf("call in quote! extracted: %+v", c)
		}
		if c.Span.End > len(src) || src[c.Span.Start:c.Span.Start+1] == " " {
			t.Errorf("wrapper call leaked: %+v", c)
		}
	}
	if len(comments) != 1 {
		t.Errorf("comments %+v, want the one comment once", comments)
	}
	if len(ff.Scopes) != 3 {
		t.Errorf("scopes %+v, want f, g and the closure in assert!", ff.Scopes)
	}
}

func TestFieldsPointersAwaits(t *testing.T) {
	src := `
use std::sync::{Arc, Mutex};
use std::rc::Rc;
struct S { m: Arc<Mutex<u8>>, f: Box<std::fs::File>, n: u8 }
impl S {
    async fn a(&self, x: Rc<std::net::TcpStream>) {
        self.m.lock();
        self.f.read(b);
        self.n.count();
        x.peek(b);
        let y = Arc::new(Mutex::new(1));
        y.lock();
        let z = *y.lock().unwrap();
        z.q();
        f().await;
        let c = async { g().await };
    }
}
`
	ff, _ := extract(t, src)
	for marker, want := range map[string]string{
		"lock();\n        self": "<std::sync::Mutex>.lock",
		"read(b)":               "<std::fs::File>.read",
		"count()":               "<S>.n.count",
		"peek(b)":               "<std::net::TcpStream>.peek",
		"lock();\n        let":  "std::sync::Mutex::new().lock",
		"q()":                   "",
	} {
		if got := callAt(t, ff, src, marker).Callee; got != want {
			t.Errorf("%s: callee %q, want %q", marker, got, want)
		}
	}
	if len(ff.Awaits) != 2 || ff.Scopes[ff.Awaits[0].Scope].Name != "a" || ff.Scopes[ff.Awaits[1].Scope].Kind != AsyncBlock {
		t.Errorf("awaits %+v", ff.Awaits)
	}
}
