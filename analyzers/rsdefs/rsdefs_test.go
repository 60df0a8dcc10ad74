package rsdefs

import (
	"sort"
	"strings"
	"testing"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
	tsrust "github.com/tree-sitter/tree-sitter-rust/bindings/go"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// index parses a repository given as path -> source (Rust files and
// Cargo.toml manifests) and indexes it.
func index(t testing.TB, files map[string]string) (*Index, *rust.Result) {
	t.Helper()
	rs := &rust.Result{Files: map[string]*rust.FileFacts{}}
	mf := &manifest.Result{Files: map[string]*manifest.Facts{}}
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(sitter.NewLanguage(unsafe.Pointer(tsrust.Language())))
	for path, src := range files {
		if strings.HasSuffix(path, ".toml") {
			ff, _, err := manifest.Parse(path, []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			mf.Files[path] = ff
			mf.Paths = append(mf.Paths, path)
			continue
		}
		tree, err := p.ParseCtx(t.Context(), nil, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		ff, _ := rust.Extract(path, []byte(src), tree.RootNode(), nil)
		tree.Close()
		rs.Files[path] = ff
		rs.Paths = append(rs.Paths, path)
	}
	sort.Strings(rs.Paths)
	sort.Strings(mf.Paths)
	return NewIndex(rs, mf, func(p string) []byte { return []byte(files[p]) }), rs
}

func cargo(name string) string {
	return "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\n"
}

func TestPlaces(t *testing.T) {
	x, _ := index(t, map[string]string{
		"Cargo.toml":                         "[workspace]\nmembers = [\"crates/*\"]\n",
		"crates/web-app/Cargo.toml":          cargo("web-app"),
		"crates/web-app/src/lib.rs":          "",
		"crates/web-app/src/main.rs":         "",
		"crates/web-app/src/db.rs":           "",
		"crates/web-app/src/api/mod.rs":      "",
		"crates/web-app/src/api/v1/users.rs": "",
		"crates/web-app/src/bin/tool.rs":     "",
		"crates/web-app/tests/it.rs":         "",
		"crates/cli/Cargo.toml":              cargo("cli") + "\n[lib]\nname = \"cli_core\"\n",
		"crates/cli/src/lib.rs":              "",
		"crates/bin-only/Cargo.toml":         cargo("bin-only"),
		"crates/bin-only/src/main.rs":        "",
		"crates/bin-only/src/args.rs":        "",
		"scripts/gen.rs":                     "",
	})
	for path, want := range map[string]string{
		"crates/web-app/src/lib.rs":          "web_app",
		"crates/web-app/src/main.rs":         "crates/web-app/src/main.rs",
		"crates/web-app/src/db.rs":           "web_app::db",
		"crates/web-app/src/api/mod.rs":      "web_app::api",
		"crates/web-app/src/api/v1/users.rs": "web_app::api::v1::users",
		"crates/web-app/src/bin/tool.rs":     "crates/web-app/src/bin/tool.rs",
		"crates/web-app/tests/it.rs":         "crates/web-app/tests/it.rs",
		"crates/cli/src/lib.rs":              "cli_core",
		"crates/bin-only/src/main.rs":        "crates/bin-only/src/main.rs",
		"crates/bin-only/src/args.rs":        "crates/bin-only/src/main.rs::args",
		"scripts/gen.rs":                     "scripts/gen.rs",
	} {
		if got := x.Place(path); got != want {
			t.Errorf("Place(%s) = %q, want %q", path, got, want)
		}
	}
}

// resolved resolves every call of the repository whose callee is written
// as text in file, and names what it found by full path ("" for nothing).
func resolved(t *testing.T, x *Index, rs *rust.Result, file string) map[string]string {
	t.Helper()
	ff := rs.Files[file]
	out := map[string]string{}
	for i := range ff.Calls {
		c := &ff.Calls[i]
		d, ok := x.ResolveCall(ff, c)
		if !ok {
			out[c.Text] = ""
			continue
		}
		out[c.Text] = x.Place(d.FF.Path) + " " + d.S().Qual
	}
	return out
}

// expectResolved compares what calls resolved to, by callee text.
func expectResolved(t *testing.T, got, want map[string]string) {
	t.Helper()
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s resolved to %q, want %q", k, got[k], w)
		}
	}
}

func TestResolvePaths(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml":     cargo("app"),
		"src/lib.rs":     "mod db;\nmod api;\npub fn root() {}\n",
		"src/db/mod.rs":  "pub mod pool;\npub fn load() {}\n",
		"src/db/pool.rs": "pub fn get() {}\npub fn up() { super::load(); super::super::root(); super::super::super::root(); self::get(); get(); }\n",
		"src/api.rs": `use crate::db;
use crate::db::pool::get as fetch;
use crate::db::pool::*;

struct Server;

impl Server {
    fn helper(&self) {}
    fn assoc() {}
    async fn handle(&self) {
        crate::db::load();
        db::load();
        db::pool::get();
        fetch();
        up();
        self.helper();
        Self::assoc();
        Server::assoc();
        std::fs::read("x");
        make().helper();
    }
}
`,
	})
	got := resolved(t, x, rs, "src/api.rs")
	want := map[string]string{
		"crate::db::load": "app::db load",
		"db::load":        "app::db load",
		"db::pool::get":   "app::db::pool get",
		"fetch":           "app::db::pool get",
		"up":              "app::db::pool up",
		"self.helper":     "app::api Server::helper",
		"Self::assoc":     "app::api Server::assoc",
		"Server::assoc":   "app::api Server::assoc",
		"std::fs::read":   "",
		"make":            "",
		"make().helper":   "",
	}
	expectResolved(t, got, want)
	got = resolved(t, x, rs, "src/db/pool.rs")
	want = map[string]string{
		"super::load":               "app::db load",
		"super::super::root":        "app root",
		"super::super::super::root": "",
		"self::get":                 "app::db::pool get",
		"get":                       "app::db::pool get",
	}
	expectResolved(t, got, want)
}

func TestResolveAcrossCrates(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml":                 "[workspace]\nmembers = [\"crates/*\"]\n",
		"crates/core-lib/Cargo.toml": cargo("core-lib"),
		"crates/core-lib/src/lib.rs": "pub mod fsx;\n",
		"crates/core-lib/src/fsx.rs": "pub fn read_all() {}\n",
		"crates/server/Cargo.toml":   cargo("server"),
		"crates/server/src/lib.rs":   "pub fn serve() {}\n",
		"crates/server/src/main.rs":  "use core_lib::fsx;\nasync fn main() { core_lib::fsx::read_all(); fsx::read_all(); server::serve(); crate::serve(); serve(); }\n",
	})
	got := resolved(t, x, rs, "crates/server/src/main.rs")
	want := map[string]string{
		"core_lib::fsx::read_all": "core_lib::fsx read_all",
		"fsx::read_all":           "core_lib::fsx read_all",
		"server::serve":           "server serve",
		"crate::serve":            "", // main.rs is a crate of its own
		"serve":                   "",
	}
	expectResolved(t, got, want)
}

// An impl in another file than its type is found under the type's path,
// through the use that names the type.
func TestImplInAnotherFile(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml":     cargo("app"),
		"src/model.rs":   "pub struct User;\n",
		"src/persist.rs": "use crate::model::User;\nimpl User { pub fn save(&self) {} }\n",
		"src/api.rs":     "use crate::model::User;\nasync fn h(u: &User) { u.save(); User::save(u); crate::model::User::save(u); }\n",
	})
	got := resolved(t, x, rs, "src/api.rs")
	for _, k := range []string{"u.save", "User::save", "crate::model::User::save"} {
		if got[k] != "app::persist User::save" {
			t.Errorf("%s resolved to %q, want app::persist User::save", k, got[k])
		}
	}
}

func TestAmbiguity(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml":     cargo("app"),
		"src/dup.rs":     "pub fn load() {}\n",
		"src/dup/mod.rs": "pub fn load() {}\n",
		"src/cfg.rs":     "#[cfg(unix)]\npub fn plat() {}\n#[cfg(not(unix))]\npub fn plat() {}\npub fn only() {}\n",
		"src/a.rs":       "pub fn same() {}\n",
		"src/b.rs":       "pub fn same() {}\npub fn other() {}\n",
		"src/lib.rs": `mod cfg;
mod dup;
mod globs {
    use crate::a::*;
    use crate::b::*;
    pub fn f() { same(); other(); }
}
async fn h() { dup::load(); cfg::plat(); cfg::only(); }
`,
	})
	got := resolved(t, x, rs, "src/lib.rs")
	want := map[string]string{
		"dup::load": "",
		"cfg::plat": "",
		"cfg::only": "app::cfg only",
		"same":      "", // two globs give it
		"other":     "app::b other",
	}
	expectResolved(t, got, want)
}

func TestInlineModules(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml": cargo("app"),
		"src/lib.rs": `fn local() {}
mod util {
    pub fn helper() { super::local(); }
    pub fn twice() { helper(); self::helper(); }
    pub mod deep {
        pub fn z() { crate::util::helper(); super::twice(); }
    }
}
async fn h() { util::helper(); util::deep::z(); local(); fn nested() {} nested(); }
`,
	})
	got := resolved(t, x, rs, "src/lib.rs")
	want := map[string]string{
		"super::local":        "app local",
		"helper":              "app util::helper",
		"self::helper":        "app util::helper",
		"crate::util::helper": "app util::helper",
		"super::twice":        "app util::twice",
		"util::helper":        "app util::helper",
		"util::deep::z":       "app util::deep::z",
		"local":               "app local",
		"nested":              "app h::nested",
	}
	expectResolved(t, got, want)
}

// A method called on what a constructor returns is the constructor's
// type's, when its signature says it returns Self or that type.
func TestConstructedValues(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml": cargo("app"),
		"src/store.rs": `pub struct Store;
pub struct Other;
impl Store {
    pub fn new() -> Self { Store }
    pub fn open(p: &str) -> std::io::Result<Store> { Ok(Store) }
    pub fn other() -> Other { Other }
    pub fn load(&self) {}
}
impl Other {
    pub fn load(&self) {}
}
pub fn make() -> Store { Store }
`,
		"src/api.rs": `use crate::store::Store;
async fn h() {
    let a = Store::new();
    a.load();
    let b = Store::other();
    b.load();
    let c = crate::store::make();
    c.load();
}
async fn g() -> std::io::Result<()> {
    Store::open("x")?.load();
    Ok(())
}
`,
	})
	ff := rs.Files["src/api.rs"]
	var got []string
	for i := range ff.Calls {
		c := &ff.Calls[i]
		if !strings.HasSuffix(c.Text, "load") {
			continue
		}
		d, ok := x.ResolveCall(ff, c)
		if ok {
			got = append(got, c.Text+" "+x.DisplayName(d))
		} else {
			got = append(got, c.Text+" -")
		}
	}
	want := []string{"a.load store::Store::load", "b.load -", "c.load -", `Store::open("x")?.load store::Store::load`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Names a module brings in with use (pub use in lib.rs) lead to the item,
// also from another crate and through a chain of them; a cycle of them
// ends.
func TestReexports(t *testing.T) {
	x, rs := index(t, map[string]string{
		"Cargo.toml":          "[workspace]\nmembers = [\"app\", \"cli\"]\n",
		"app/Cargo.toml":      cargo("app"),
		"app/src/lib.rs":      "mod client;\nmod db;\nmod a;\nmod b;\npub use client::Client;\npub use db::load;\npub use self::db as storage;\n",
		"app/src/client.rs":   "pub struct Client;\nimpl Client {\n    pub fn new() -> Self { Client }\n    pub fn get(&self) {}\n}\n",
		"app/src/db/mod.rs":   "pub mod inner;\npub use inner::deep;\npub fn load() {}\n",
		"app/src/db/inner.rs": "pub fn deep() {}\n",
		"app/src/a.rs":        "pub use crate::b::x;\n",
		"app/src/b.rs":        "pub use crate::a::x;\n",
		"cli/Cargo.toml":      cargo("cli"),
		"cli/src/main.rs": `use app::Client;
async fn main() {
    Client::new();
    let c = Client::new();
    c.get();
    app::load();
    app::storage::load();
    app::db::deep();
    app::a::x();
}
`,
	})
	got := resolved(t, x, rs, "cli/src/main.rs")
	want := map[string]string{
		"Client::new":        "app::client Client::new",
		"c.get":              "app::client Client::get",
		"app::load":          "app::db load",
		"app::storage::load": "app::db load",
		"app::db::deep":      "app::db::inner deep",
		"app::a::x":          "",
	}
	expectResolved(t, got, want)
}
