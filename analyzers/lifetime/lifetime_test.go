package lifetime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

func analyse(t testing.TB, files map[string]string) *Result {
	t.Helper()
	r, _ := drivertest.Run[*Result](t, Analyzer, files, 2)
	return r
}

// Findings come out by path then position, whatever the file order, with
// the chain and the removal as evidence.
func TestResultOrderAndEvidence(t *testing.T) {
	files := map[string]string{
		"b.py": `import httpx
from fastapi import FastAPI
app = FastAPI()

def make():
    return httpx.Client()

@app.get("/")
def index():
    return make().get("/")
`,
		"a.py": `import requests
clients = set()

@app.websocket("/ws")
async def ws(websocket):
    clients.add(websocket)
    while True:
        await websocket.receive_text()
    clients.discard(websocket)

def sync(urls):
    for u in urls:
        requests.Session().get(u)
`,
		"c.rs": `async fn h() { for u in us { let c = reqwest::Client::new(); } }`,
	}
	r := analyse(t, files)
	at := func(p, s string) int { return strings.Index(files[p], s) }
	var got []string
	for c := range r.Creations() {
		got = append(got, fmt.Sprintf("%s:%d %s per %s in %s chain=%d", c.Path, c.Span.Start, c.Text, c.Per, c.Where, len(c.Chain)))
	}
	want := []string{
		fmt.Sprintf("a.py:%d requests.Session per iteration in a loop in sync chain=0", at("a.py", "requests.Session()")),
		fmt.Sprintf("b.py:%d httpx.Client per request in request handler index chain=1", at("b.py", "httpx.Client()")),
		fmt.Sprintf("c.rs:%d reqwest::Client::new per iteration in a loop in h chain=0", at("c.rs", "reqwest::Client::new")),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("creations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var leaks []string
	for l := range r.Leaks() {
		leaks = append(leaks, fmt.Sprintf("%s %s %s %s removal=%v", l.Path, l.Text, l.Container, l.Handler, l.Removal != nil))
	}
	if want := "a.py clients.add clients ws removal=true"; strings.Join(leaks, "\n") != want {
		t.Errorf("leaks %q, want %q", leaks, want)
	}
}

// hostile builds a file of n handlers, each making n/10 clients in a loop
// and adding its socket to one registry n/10 times, with deep nesting.
func hostile(n int) map[string]string {
	var b strings.Builder
	b.WriteString("import httpx\nclients = set()\n")
	for i := range n {
		fmt.Fprintf(&b, "@app.websocket('/%d')\nasync def h%d(websocket):\n    for x in xs:\n", i, i)
		for range 10 {
			b.WriteString("        c = httpx.Client()\n        clients.add(websocket)\n        clients.discard(websocket)\n        helper(c)\n")
		}
	}
	b.WriteString("def helper(c):\n    return httpx.AsyncClient()\n")
	return map[string]string{"h.py": b.String()}
}

// BenchmarkHostile shows the analysis grows linearly with the file: compare
// ns/op across the sizes.
func BenchmarkHostile(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		files := hostile(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(files["h.py"])))
			for b.Loop() {
				r := analyse(b, files)
				count := 0
				for range r.Creations() {
					count++
				}
				if count != n*10+1 {
					b.Fatalf("%d creations, want %d", count, n*10+1)
				}
			}
		})
	}
}
