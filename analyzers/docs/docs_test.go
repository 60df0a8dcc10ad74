package docs_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

var repo = map[string]string{
	"pyproject.toml":          "[project]\nname = \"granian\"\n",
	"benchmarks/run_wrk.sh":   "wrk -t4 -c64 http://localhost:8000/\n",
	"benchmarks/micro.py":     "import timeit\n",
	"src/fastpkg/__init__.py": "",
	"README.md": "# Granian: 23,450 req/s\n" +
		"\n" +
		"Measured with [wrk](benchmarks/run_wrk.sh): 4.3 ms p99 latency, see `benchmarks/micro.py`. <!-- 77,777 req/s -->\n" +
		"\n" +
		"> Quoted 2.7x faster than Django\n" +
		"> and 9,000 req/s on `23,450` cores.\n" +
		"\n" +
		"- Granian is 3x faster, fastpkg serves 1,000 rps ([missing](benchmarks/gone.py)).\n" +
		"\n" +
		"Results from [the report](https://example.org/r):\n" +
		"\n" +
		"| server | req/s |\n" +
		"|---|---:|\n" +
		"| Flask | 8,765 |\n" +
		"\n" +
		"```\n10,000 req/s in code\n```\n",
	"docs/perf.rst": "Speed\n=====\n\n" +
		"Routing takes 850 ns, run ``python ../benchmarks/micro.py`` to see.\n\n" +
		"See `the guide <guide.md>`_: 1.2 ms latency.\n",
	"docs/guide.md": "Outperforms FastAPI. [Up](../README.md#top) to 5 ms latency.\n",
}

// line renders a claim: "path raw kind peers refs", each ref as
// path(+exists|!missing) or ext.
func line(f *docs.File, c *docs.Claim) string {
	var refs []string
	for _, r := range c.Refs {
		switch {
		case r.External:
			refs = append(refs, "ext")
		case r.Exists:
			refs = append(refs, r.Path+"+")
		case r.Missing:
			refs = append(refs, r.Path+"!")
		default:
			refs = append(refs, r.Path+"?")
		}
	}
	return fmt.Sprintf("%s %s %s [%s] [%s]", f.Path, c.Raw, c.Kind, strings.Join(c.Peers, ","), strings.Join(refs, ","))
}

func TestClaims(t *testing.T) {
	res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, repo, 2)
	var got []string
	for f, c := range res.Claims() {
		got = append(got, line(f, c))
	}
	want := []string{
		"README.md 23,450 req/s rate [] []",
		"README.md 4.3 ms latency [] [benchmarks/run_wrk.sh+,benchmarks/micro.py+]",
		"README.md 2.7x multiplier [Django] []",
		"README.md 9,000 req/s rate [] []",
		// Granian is the project: not a peer. fastpkg is a package of it.
		"README.md 3x multiplier [] [benchmarks/gone.py!]",
		"README.md 1,000 rps rate [] [benchmarks/gone.py!]",
		"README.md 8,765 rate [Flask] [ext]",
		"docs/guide.md Outperforms comparison [FastAPI] [README.md+]",
		"docs/guide.md 5 ms latency [] [README.md+]",
		"docs/perf.rst 850 ns duration [] [benchmarks/micro.py+]",
		"docs/perf.rst 1.2 ms latency [] [docs/guide.md+]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims:\n got  %q\n want %q", got, want)
	}
	for f, c := range res.Claims() {
		src := repo[f.Path]
		if src[c.Span.Start:c.Span.End] != c.Raw {
			t.Errorf("%s: %q does not stand at %v", f.Path, c.Raw, c.Span)
		}
	}
}

// TestClaimsWith: other peers find other comparisons; the project's own
// name is left out of them too.
func TestClaimsWith(t *testing.T) {
	res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, repo, 1)
	var got []string
	for f, c := range res.ClaimsWith([]claims.Peer{{Name: "Quoted"}, {Name: "Granian"}}) {
		if len(c.Peers) > 0 {
			got = append(got, line(f, c))
		}
	}
	want := []string{"README.md 2.7x multiplier [Quoted] []"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims with peers:\n got  %q\n want %q", got, want)
	}
	if !res.IsOwn("Granian") || !res.IsOwn("fastpkg") || res.IsOwn("Django") {
		t.Errorf("own names wrong")
	}
}

// TestResolve: links resolve relative to the file, else to the root;
// anchors, queries and escapes are dropped; paths leaving the repository
// and anchors name nothing.
func TestResolve(t *testing.T) {
	res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, repo, 1)
	cases := []struct {
		from, target, path string
		exists, missing    bool
	}{
		{"docs/guide.md", "../benchmarks/micro.py#L3", "benchmarks/micro.py", true, false},
		{"docs/guide.md", "benchmarks/run_wrk.sh", "benchmarks/run_wrk.sh", true, false},
		{"docs/guide.md", "/benchmarks", "benchmarks", true, false},
		{"docs/guide.md", "bench%20marks/x.py?plain=1", "docs/bench marks/x.py", false, true},
		{"docs/guide.md", "img/chart.png", "docs/img/chart.png", false, false},
		{"README.md", "../outside.py", "", false, false},
		{"README.md", "#benchmarks", "", false, false},
	}
	for _, c := range cases {
		r := res.Resolve(c.from, c.target)
		if r.Path != c.path || r.Exists != c.exists || r.Missing != c.missing || r.External {
			t.Errorf("%s -> %s: %+v", c.from, c.target, r)
		}
	}
	if r := res.Resolve("README.md", "https://example.org"); !r.External {
		t.Errorf("URL not external: %+v", r)
	}
}

// TestSubjects: a relative claim whose sentence names another peer before
// it compares two other projects; the peers it is compared with, and
// peers before an earlier figure, are not its subjects.
func TestSubjects(t *testing.T) {
	files := map[string]string{"README.md": "Uvicorn is 2x faster than Sanic.\n\n" +
		"It is 2.7x faster than Django and 1.3x faster than FastAPI.\n\n" +
		"It clearly inspired Uvicorn and Starlette, that are faster than Sanic.\n\n" +
		"| Framework | req/s |\n|---|---|\n| Flask | 9,000 |\n",
		"CHANGELOG.md":     "Now 2x faster than Flask.\n",
		"docs/de/index.md": "3x schneller als Flask.\n",
		"docs/index.md":    "3x faster than Flask.\n",
	}
	res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, files, 1)
	var got []string
	for f, c := range res.Claims() {
		got = append(got, fmt.Sprintf("%s %s %v %v", f.Path, c.Raw, c.Peers, c.Subjects))
	}
	want := []string{
		"README.md 2x [Sanic] [Uvicorn]",
		"README.md 2.7x [Django] []", "README.md 1.3x [FastAPI] []",
		"README.md faster [Sanic] [Uvicorn Starlette]",
		"README.md 9,000 [Flask] []",
		"docs/index.md 3x [Flask] []",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims:\n got  %q\n want %q", got, want)
	}
	if f := res.File("CHANGELOG.md"); f.Unread != "a changelog" || len(f.Claims) > 0 {
		t.Errorf("changelog read: %+v", f)
	}
	if f := res.File("docs/de/index.md"); f.Unread != "a translation of docs/index.md" {
		t.Errorf("translation read: %+v", f)
	}
}

// TestIdentifiersInCodeSpans: a code span holding one identifier names a
// setting, and a figure next to it is that setting's value; code with
// digits stays blank, so its numbers are never figures.
func TestIdentifiersInCodeSpans(t *testing.T) {
	files := map[string]string{
		"README.md": "- Lower `keep_alive_timeout` (5-15s) for APIs.\n" +
			"- Run `bench --rps 9000` to serve 9,000 req/s.\n",
		"docs/index.rst": "Lower ``keep_alive_timeout`` (5-15s) for APIs.\n\n" +
			"Run ``bench --rps 9000`` to serve 9,000 req/s.\n",
	}
	res, _ := drivertest.Run[*docs.Result](t, docs.Analyzer, files, 1)
	var got []string
	for f, c := range res.Claims() {
		got = append(got, f.Path+" "+c.Raw)
	}
	want := []string{"README.md 9,000 req/s", "docs/index.rst 9,000 req/s"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims: got %q, want %q", got, want)
	}
}
