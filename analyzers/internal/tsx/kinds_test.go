package tsx

import (
	"context"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
)

func TestKindsMatchType(t *testing.T) {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tspython.GetLanguage())
	tree, err := p.ParseCtx(context.Background(), nil, []byte("async def f(x):\n    await g(x[0], 'a')\n"))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	kinds := NewKinds(tspython.GetLanguage)
	c := sitter.NewTreeCursor(tree.RootNode())
	defer c.Close()
	n := 0
	for ok := true; ok; {
		node := c.CurrentNode()
		if got, want := kinds.Of(node), node.Type(); got != want {
			t.Errorf("Kinds.Of = %q, Type = %q", got, want)
		}
		n++
		if c.GoToFirstChild() {
			continue
		}
		for ok = false; !ok; {
			if c.GoToNextSibling() {
				ok = true
				break
			}
			if !c.GoToParent() {
				break
			}
		}
	}
	if n < 10 {
		t.Errorf("walked only %d nodes", n)
	}
}
