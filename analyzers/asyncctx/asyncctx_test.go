package asyncctx

import (
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

// captured is the result under test with the front-ends' facts it indexes.
type captured struct {
	r  *Result
	py *python.Result
	rs *rust.Result
}

var capture = &analysis.Analyzer{
	Name:     "capture_asyncctx",
	Doc:      "keeps asyncctx's result and the facts it indexes",
	Requires: []*analysis.Analyzer{Analyzer, python.Analyzer, rust.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		return &captured{Of(pass), python.Of(pass), rust.Of(pass)}, nil
	},
	ResultType: reflect.TypeOf((*captured)(nil)),
}

func analyse(t testing.TB, files map[string]string) (*Result, func(string) *python.FileFacts, func(string) *rust.FileFacts) {
	t.Helper()
	c, _ := drivertest.Run[*captured](t, capture, files, 2)
	return c.r, func(p string) *python.FileFacts { return c.py.Files[p] }, func(p string) *rust.FileFacts { return c.rs.Files[p] }
}

// pyScope finds the scope of a Python def by name.
func pyScope(t testing.TB, ff *python.FileFacts, name string) int {
	t.Helper()
	for i, s := range ff.Scopes {
		if s.Name == name {
			return i
		}
	}
	t.Fatalf("%s: no scope %s", ff.Path, name)
	return -1
}

func TestPythonContexts(t *testing.T) {
	files := map[string]string{
		"app/main.py": `import asyncio
from fastapi import FastAPI
from app.work import worker
app = FastAPI()

@app.get("/")
async def index():
    return open("x").read()

@app.get("/a")
async def awaiting():
    await asyncio.sleep(0)

async def helper():
    pass

async def main():
    asyncio.create_task(worker(1))

if __name__ == "__main__":
    asyncio.run(main())
`,
		"app/work.py": `async def worker(n):
    pass
`,
		"app/views.py": `async def view(request):
    pass
`,
		"app/cli.py": `import typer
cli = typer.Typer()

@cli.command()
async def sync_all():
    pass
`,
		"app/bot.py": `from discord.ext import commands
bot = commands.Bot()

@bot.command()
async def hello(ctx):
    pass
`,
		"tests/test_app.py": `async def helper():
    pass
`,
		"app/checks.py": `async def test_thing():
    async def inner():
        pass

class TestApi:
    async def go(self):
        pass
`,
	}
	r, py, _ := analyse(t, files)
	for _, c := range []struct {
		path, fn   string
		ctx        Context
		threadable bool
		test       bool
	}{
		{"app/main.py", "index", Handler, true, false},
		{"app/main.py", "awaiting", Handler, false, false},
		{"app/main.py", "helper", Other, false, false},
		{"app/main.py", "main", Entry, false, false},
		{"app/work.py", "worker", Task, false, false},
		{"app/views.py", "view", Handler, false, false},
		{"app/cli.py", "sync_all", Entry, false, false},
		{"app/bot.py", "hello", Handler, false, false},
		{"tests/test_app.py", "helper", Other, false, true},
		{"app/checks.py", "inner", Other, false, true},
		{"app/checks.py", "go", Other, false, true},
	} {
		fn := pyScope(t, py(c.path), c.fn)
		if got := r.Python(c.path, fn); got != c.ctx {
			t.Errorf("%s %s: context %s, want %s", c.path, c.fn, got, c.ctx)
		}
		if got := r.Threadable(c.path, fn); got != c.threadable {
			t.Errorf("%s %s: threadable %v", c.path, c.fn, got)
		}
		if got := r.PythonTest(c.path, fn); got != c.test {
			t.Errorf("%s %s: test %v", c.path, c.fn, got)
		}
	}
}

func TestRustContexts(t *testing.T) {
	files := map[string]string{
		"src/main.rs": `use axum::{routing::get, Router};

#[tokio::main]
async fn main() {
    tokio::spawn(async move { work().await });
    tokio::spawn(worker());
    let app = Router::new().route("/", get(index));
}

async fn index() -> String { String::new() }

async fn helper() {}

#[actix_web::get("/x")]
async fn actix() -> String { String::new() }

#[cfg(test)]
mod tests {
    async fn in_tests() {}
}

#[tokio::test]
async fn checks() { async { }.await; }
`,
		"src/jobs.rs":                 `pub async fn worker() {}`,
		"tests/it.rs":                 `async fn it() {}`,
		"src/plugins/auth/tests.rs":   `async fn unit() {}`,
		"src/plugins/auth/testing.rs": `async fn helper_for_tests() {}`,
	}
	r, _, rs := analyse(t, files)
	scope := func(p, name string, kind rust.ScopeKind) int {
		for i, s := range rs(p).Scopes {
			if s.Kind == kind && (name == "" || s.Name == name) {
				return i
			}
		}
		t.Fatalf("%s: no %s %s", p, kind, name)
		return -1
	}
	for _, c := range []struct {
		path, fn string
		kind     rust.ScopeKind
		ctx      Context
		test     bool
	}{
		{"src/main.rs", "main", rust.AsyncFn, Entry, false},
		{"src/main.rs", "", rust.AsyncBlock, Task, false},
		{"src/main.rs", "index", rust.AsyncFn, Handler, false},
		{"src/main.rs", "helper", rust.AsyncFn, Other, false},
		{"src/main.rs", "actix", rust.AsyncFn, Handler, false},
		{"src/main.rs", "in_tests", rust.AsyncFn, Other, true},
		{"src/main.rs", "checks", rust.AsyncFn, Other, true},
		{"src/jobs.rs", "worker", rust.AsyncFn, Task, false},
		{"tests/it.rs", "it", rust.AsyncFn, Other, true},
		{"src/plugins/auth/tests.rs", "unit", rust.AsyncFn, Other, true},
		{"src/plugins/auth/testing.rs", "helper_for_tests", rust.AsyncFn, Other, false},
	} {
		i := scope(c.path, c.fn, c.kind)
		if got := r.Rust(c.path, i); got != c.ctx {
			t.Errorf("%s %s %s: context %s, want %s", c.path, c.kind, c.fn, got, c.ctx)
		}
		if got := r.RustTest(c.path, i); got != c.test {
			t.Errorf("%s %s: test %v", c.path, c.fn, got)
		}
	}
}

func TestPythonTestPaths(t *testing.T) {
	for p, want := range map[string]bool{
		"tests/a.py": true, "pkg/integration_tests/a.py": true, "test_a.py": true, "a_test.py": true,
		"src/conftest.py": true, "testing/x.py": true, "src/app.py": false, "src/contest.py": false, "latest/a.py": false,
	} {
		if got := IsPythonTestPath(p); got != want {
			t.Errorf("%s: %v", p, got)
		}
	}
}
