package python

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
)

// literalsOf lists a file's literals as text@key/outer:place(+e for an
// element).
func literalsOf(ff *FileFacts) []string {
	var out []string
	for _, l := range ff.Literals {
		s := fmt.Sprintf("%s@%s/%s:%s", l.Text, l.Key, l.Outer, l.Place)
		if l.Element {
			s += "+e"
		}
		out = append(out, s)
	}
	return out
}

func TestLiterals(t *testing.T) {
	ff := extract(t, "benchmarks/run.py", "run", `results = {"comparison": {"covetpy": {"rps": 23450, "latency_ms": -4.3}}, "speedup": {"vs": "2.7x"}}
values = [410, (530), 880]
self.rps = 1
d["p99"] = 12.5
plt.bar(names, [1, 2], label="2.1x", width=0.5)
rps = n / elapsed
assert rps > 1000
def f(iterations=1000):
    return {"p50": 3}
x = y[0]
label = "hello"
`)
	want := []string{
		"23450@rps/covetpy/comparison/results:assign", "-4.3@latency_ms/covetpy/comparison/results:assign",
		"2.7x@vs/speedup/results:assign", "410@values/:assign+e", "530@values/:assign+e", "880@values/:assign+e",
		"1@rps/:assign", "12.5@p99/:assign", "1@/:argument+e", "2@/:argument+e", "2.1x@label/:keyword", "0.5@width/:keyword",
		"3@p50/:return",
	}
	if got := literalsOf(ff); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("literals:\n got %v\nwant %v", got, want)
	}
	for _, l := range ff.Literals {
		if l.Text == "23450" && l.Name != "results" || l.Text == "1" && l.Place == InArg && l.Call == (l.Span) {
			t.Errorf("literal %+v", l)
		}
	}
}

func TestNamesTextsLoops(t *testing.T) {
	ff := extract(t, "benchmarks/run.py", "run", `import subprocess
def f():
    for i in range(10):
        g(results, x=values)
    while True:
        pass
    subprocess.run(["wrk", "-t4"])
    cmd = ["oha", "-z 10s"]
    APPS = {"u": "uvicorn app:app", "n": 3}
    print(f"{rps} requests/second")
    executor.map(run_test, [1])
    return results
`)
	var names []string
	for _, n := range ff.Names {
		names = append(names, n.Name+":"+string(n.Place))
	}
	if got := strings.Join(names, " "); got != "results:argument values:keyword run_test:argument results:return" {
		t.Errorf("names %s", got)
	}
	var texts []string
	for _, x := range ff.Texts {
		texts = append(texts, fmt.Sprintf("%q call=%v", x.Text, x.Call.End > 0))
	}
	want := `"wrk -t4" call=true "oha -z 10s" call=false "uvicorn app:app" call=false "{rps} requests/second" call=true`
	if got := strings.Join(texts, " "); got != want {
		t.Errorf("texts:\n got %s\nwant %s", got, want)
	}
	if len(ff.Loops) != 2 || ff.Loops[0].Scope != 0 {
		t.Errorf("loops %+v", ff.Loops)
	}
}

// TestValuesOnlyWhereMeasured: a file with no benchmark path and none of
// the measurement words keeps no measurement facts.
func TestValuesOnlyWhereMeasured(t *testing.T) {
	src := "x = {\"a\": 1}\nprint(x)\nwhile x:\n    pass\n"
	if ff := extract(t, "app/models.py", "app.models", src); len(ff.Literals)+len(ff.Names)+len(ff.Loops) != 0 {
		t.Errorf("facts in a file with nothing to measure: %+v %+v %+v", ff.Literals, ff.Names, ff.Loops)
	}
	if ff := extract(t, "bench/models.py", "models", src); len(ff.Literals) != 1 || len(ff.Loops) != 1 {
		t.Errorf("a benchmark folder's file keeps its values: %+v", ff)
	}
}

// TestWideLiteralList: a 200,000-item list of numbers is read top-down, in
// time linear in its size (walking up from each literal would not be).
func TestWideLiteralList(t *testing.T) {
	const n = 200000
	ff := extract(t, "bench/data.py", "data", "values = ["+strings.Repeat("1, ", n)+"]\n")
	if len(ff.Literals) != n {
		t.Fatalf("%d literals, want %d", len(ff.Literals), n)
	}
}

// TestDeepContainers: containers nested deeper than maxContainerDepth keep
// no literals below it, so a hostile file cannot make the walk deep.
func TestDeepContainers(t *testing.T) {
	const deep = 5000
	ff := extract(t, "bench/deep.py", "deep", "rps = "+strings.Repeat("[", deep)+"1"+strings.Repeat("]", deep)+"\n")
	if len(ff.Literals) != 0 {
		t.Fatalf("%d literals below %d levels", len(ff.Literals), maxContainerDepth)
	}
	ff = extract(t, "bench/shallow.py", "shallow", "rps = [[[1]]]\n")
	if len(ff.Literals) != 1 {
		t.Fatalf("literal at depth 3 lost: %+v", ff.Literals)
	}
}

// BenchmarkExtractMeasured is BenchmarkExtractBenchFile with the values
// step on (the same source under a benchmark folder): what the
// measurement facts cost where they are kept.
func BenchmarkExtractMeasured(b *testing.B) { benchExtract(b, "benchmarks/mod.py", "mod") }

// TestHostileMeasuredChains: the values step on call chains and nested
// calls with arguments, in a benchmark folder, reads each argument once.
func TestHostileMeasuredChains(t *testing.T) {
	const n = 50000
	ff := extract(t, "bench/chain.py", "chain", "x = f"+strings.Repeat("(1, y)", n)+"\n")
	if len(ff.Literals) != n || len(ff.Names) != n {
		t.Fatalf("chain: %d literals, %d names, want %d each", len(ff.Literals), len(ff.Names), n)
	}
	const deep = 2000
	ff = extract(t, "bench/nested.py", "nested", "x = "+strings.Repeat("f(1, ", deep)+"0"+strings.Repeat(")", deep)+"\n")
	if len(ff.Literals) != deep+1 {
		t.Fatalf("nested: %d literals, want %d", len(ff.Literals), deep+1)
	}
}

// FuzzValues extracts arbitrary bytes as a benchmark file, so the values
// step always runs: facts stay in range and the walk agrees with the query.
func FuzzValues(f *testing.F) {
	for _, s := range []string{
		"results = {\"a\": {\"rps\": 1, \"l\": -2.5}, \"s\": ('2x', [1, (2,)])}\n",
		"def f():\n    for i in x:\n        g(a, k=b, *c)\n    while 1:\n        return {\"p99\": 3}\n",
		"APPS = {'u': ('uvicorn a ' 'b')}\nsubprocess.run(['wrk', '-t1'])\nprint(f'{x} req/s')\n",
		"x = [[[[1]]]]\nd[\"k\"] = -(3)\nself.y = 1, 2\n",
	} {
		f.Add([]byte(s))
	}
	parser := sitter.NewParser()
	parser.SetLanguage(tspython.GetLanguage())
	f.Fuzz(func(t *testing.T, src []byte) {
		tree, err := parser.ParseCtx(context.Background(), nil, src)
		if err != nil {
			return
		}
		defer tree.Close()
		ff, _ := extractFacts("bench/mod.py", "mod", src, tree.RootNode(), nil, false)
		n := len(src)
		for _, l := range ff.Literals {
			if l.Span.Start < 0 || l.Span.End > n || l.Scope >= len(ff.Scopes) || l.Call.End > n {
				t.Fatalf("literal out of range: %+v", l)
			}
		}
		for _, u := range ff.Names {
			if u.Span.End > n || u.Call.End > n || u.Scope >= len(ff.Scopes) {
				t.Fatalf("name out of range: %+v", u)
			}
		}
		for _, x := range ff.Texts {
			if x.Span.End > n || len(x.Text) > maxArgText || x.Scope >= len(ff.Scopes) {
				t.Fatalf("text out of range: %+v", x)
			}
		}
		walked, _ := extractFacts("bench/mod.py", "mod", src, tree.RootNode(), nil, true)
		if !reflect.DeepEqual(ff, walked) {
			t.Fatalf("the walk and the query disagree on %q", src)
		}
	})
}
