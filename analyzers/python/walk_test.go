package python

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
)

func parse(t testing.TB, src []byte) *sitter.Tree {
	t.Helper()
	parser := sitter.NewParser()
	defer parser.Close()
	parser.SetLanguage(tspython.GetLanguage())
	tree, err := parser.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// factsJSON is everything Extract gives, collected by the query or by the
// walk, in a comparable form.
func factsJSON(t *testing.T, src []byte, walk bool) string {
	t.Helper()
	tree := parse(t, src)
	defer tree.Close()
	ff, comments := extractFacts("pkg/mod.py", "pkg.mod", src, tree.RootNode(), nil, walk)
	out, err := json.Marshal(struct {
		F *FileFacts
		C any
	}{ff, comments})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// walkCorpus is every Python source the tests know: the repository's
// example files, the fuzz seeds and the benchmark files, with broken code
// among them.
func walkCorpus(t *testing.T) map[string][]byte {
	corpus := map[string][]byte{
		"bench":     benchFile,
		"synthetic": []byte(synthetic(20)),
		"broken":    []byte("def f(:\n    with a as (b, c:\n        x = y = \nexcept E as e\nawait (g())\nlambda x=: 1\n"),
		"forms": []byte(`import a.b as c, d
from .x import (y as z, w)
async def f(p: Optional[C], *q, r: C | None = None, **s) -> None:
    with A() as a, B() as (b1, b2):
        (t := g())
        for i, (j, k) in x: pass
        try: pass
        except (E, F) as e: pass
        await h(lambda u, v=1: u)
        x: T = y = await k()
class K(Base):
    attr: C
    def m(self): self.attr = C(); return self.attr.get()
`),
	}
	for i, s := range []string{
		"import time\nasync def f():\n    time.sleep(1)\n",
		"x: Optional[httpx.Client] = ...\n(a, b) = (c(), d())\n",
		"async def f(a: A | None, *b, **c):\n    with x() as (y, z):\n        (y / 'p')[0].q()\n",
		"from . import (a as b,\n", "def f(:\n", "class C:\n  def m(self): self.m()\n",
		"lambda: (yield)\nfor a, *b in c: pass\nexcept E as e:\n",
		"import redis\ndef f() -> Optional[redis.Redis]:\n    return g()\ndef h(s=Depends(f)):\n    c = redis.Redis()\n    return c\n",
	} {
		corpus["seed"+string(rune('a'+i))] = []byte(s)
	}
	root := filepath.Join("..", "..", "testdata")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := os.ReadFile(p)
		corpus[p] = src
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return corpus
}

// TestWalkMatchesQuery: the walk that stands in for the query on very deep
// trees yields the same facts and comments as the query, on every source
// the tests know.
func TestWalkMatchesQuery(t *testing.T) {
	corpus := walkCorpus(t)
	if len(corpus) < 20 {
		t.Fatalf("only %d sources", len(corpus))
	}
	for name, src := range corpus {
		byQuery, byWalk := factsJSON(t, src, false), factsJSON(t, src, true)
		if byQuery != byWalk {
			t.Errorf("%s: the walk and the query disagree:\nquery %.2000s\nwalk  %.2000s", name, byQuery, byWalk)
		}
	}
}

// TestNeedsWalk: the check reads smacker's node as tree-sitter's, lets
// ordinary files and long ones of ordinary shape through to the query, and
// sends trees deeper than the query cursor can count, or with nodes wider
// than it reads in linear time, to the walk.
func TestNeedsWalk(t *testing.T) {
	for _, c := range []struct {
		name string
		src  []byte
		deep bool
	}{
		{"bench", benchFile, false},
		{"long list", []byte("x = [" + strings.Repeat("1, ", queryWidthLimit/4) + "]\n"), false},
		{"many statements", []byte(strings.Repeat("x = 1\n", queryWidthLimit/2)), false},
		{"list past the width", []byte("x = [" + strings.Repeat("1, ", queryWidthLimit/2+10) + "]\n"), true},
		{"chain under the limit", chainSource(queryDepthLimit / 4), false},
		{"chain past the limit", []byte("x = f" + strings.Repeat("()", queryDepthLimit+10) + "\n"), true},
		{"nested lists past the limit", []byte("x = " + strings.Repeat("[", queryDepthLimit+10) + strings.Repeat("]", queryDepthLimit+10) + "\n"), true},
	} {
		tree := parse(t, c.src)
		if !nodeLayoutOK(tree.RootNode()) {
			t.Fatalf("%s: cNode does not read smacker's node", c.name)
		}
		if got := needsWalk(tree.RootNode()); got != c.deep {
			t.Errorf("%s: needsWalk = %v, want %v", c.name, got, c.deep)
		}
		tree.Close()
	}
}
