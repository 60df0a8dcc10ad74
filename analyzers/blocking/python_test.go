package blocking

import (
	"strings"
	"testing"
)

func TestLookupPython(t *testing.T) {
	blocks := map[string]string{
		"time.sleep":                "sleep",
		"builtins.open":             "file",
		"pathlib.Path()/.read_text": "file",
		"pathlib.Path().parent.parents[]/.write_text":                     "file",
		"pathlib.Path.home().joinpath().open":                             "file",
		"httpx.Client().stream":                                           "http",
		"requests.session().post":                                         "http",
		"urllib3.PoolManager().urlopen":                                   "http",
		"socket.socket().accept()[].recv":                                 "socket",
		"ssl.create_default_context().wrap_socket().sendall":              "socket",
		"sqlite3.connect().execute().fetchall":                            "database",
		"psycopg2.pool.SimpleConnectionPool().getconn().cursor().execute": "database",
		"pymongo.MongoClient()[][].find_one":                              "database",
		"pymongo.MongoClient().app.users.find().next":                     "database",
		"redis.Redis().pipeline().set().execute":                          "database",
		"redis.from_url().hgetall":                                        "database",
		"os.waitpid":                                                      "process",
	}
	expectTable(t, blocks, []string{
		"", "()", "a..b", "((", "[]", "/", ".", "time.sleep()", "asyncio.sleep",
		"httpx.AsyncClient().get", "redis.asyncio.Redis().get", "redis.asyncio.from_url().set",
		"pathlib.PurePath().open", "pathlib.Path().as_posix", "sqlite3.connect().cursor",
		"redis.Redis().pipeline", "redis.Redis().pipeline().set", "pymongo.MongoClient().app.users.find",
		"socket.socket().bind", "requests.Request", "httpx.Client().build_request", "os.path.join",
		"aiofiles.open", "pkg.mod.open", "mymod.time.sleep",
	})
}

func TestList(t *testing.T) {
	l := NewList([]string{" a.b ", "c.*", "", "builtins.open"})
	for callee, want := range map[string]bool{"a.b": true, "a.bc": false, "c.d": true, "c.d().e": true, "c": false, "open": true} {
		if got := l.Match(callee); got != want {
			t.Errorf("Match(%q) = %v", callee, got)
		}
	}
	if got := l.String(); got != "a.b,c.*,open" {
		t.Errorf("String() = %q", got)
	}
	if l := NewList(nil); l.Match("a.b") || l.String() != "" || !l.empty() {
		t.Error("an empty list matches")
	}
}

// TestExtra: allowed beats the table, listed callees block only where the
// table says nothing, and the built-in lookup never sees either.
func TestExtra(t *testing.T) {
	e := NewExtra([]string{"mylib.fetch", "time.sleep"}, []string{"shutil.*"})
	for callee, want := range map[string]string{
		"mylib.fetch": "configured", "time.sleep": "sleep", "builtins.open": "file",
		"shutil.copy": "", "mylib.other": "",
	} {
		b, ok := e.LookupPython(callee)
		if got := map[bool]string{true: b.Family}[ok]; got != want {
			t.Errorf("Extra.LookupPython(%q) = %q, want %q", callee, got, want)
		}
	}
	if _, ok := LookupPython("mylib.fetch"); ok {
		t.Error("the built-in lookup sees extra-blocking")
	}
	if _, ok := LookupPython("shutil.copy"); !ok {
		t.Error("the built-in lookup sees extra-allowed")
	}
}

// FuzzLookupPython: any string classifies without panicking.
func FuzzLookupPython(f *testing.F) {
	for _, s := range []string{"sqlite3.connect().cursor().execute", "a()[]/.b", "().", "x.()", "django.db.models.Model.objects.all()[].save", "sqlalchemy.orm.sessionmaker()()()"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { LookupPython(s) })
}

// chainCallees are the callees the Python front-end gives the calls of
// base.link().link()...link() with n+1 links: each is a prefix of one
// string, as the front-end shares them.
func chainCallees(base, link string, n int) []string {
	full := base + strings.Repeat(link+"()", n+1)
	out := make([]string, 0, n+1)
	for i := 0; i <= n; i++ {
		out = append(out, full[:len(base)+i*(len(link)+2)+len(link)])
	}
	return out
}

// TestLongChainLookup: classifying every call of a 20,000-link chain reads
// each callee only as far as its types are known, and a chain longer than
// any real one stops being followed.
func TestLongChainLookup(t *testing.T) {
	for _, c := range chainCallees("httpx.Client()", ".b", 20000) {
		if b, ok := LookupPython(c); ok {
			t.Fatalf("%.40q... reported as %+v", c, b)
		}
	}
	callees := chainCallees("sqlite3.connect()", ".execute", 20000)
	for i, c := range callees {
		_, ok := LookupPython(c)
		if want := i < maxSteps; ok != want {
			t.Fatalf("%d links: blocking %v, want %v", i, ok, want)
		}
	}
}

func BenchmarkLongChainLookup(b *testing.B) {
	callees := chainCallees("sqlite3.connect()", ".execute", 20000)
	for b.Loop() {
		for _, c := range callees {
			LookupPython(c)
		}
	}
}
