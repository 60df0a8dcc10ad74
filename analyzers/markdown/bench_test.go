package markdown

import (
	"context"
	"fmt"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tsmd "github.com/smacker/go-tree-sitter/markdown/tree-sitter-markdown"
)

// benchDoc is about 400 KB of README-like Markdown.
var benchDoc = func() []byte {
	var b strings.Builder
	for i := 0; b.Len() < 400<<10; i++ {
		fmt.Fprintf(&b, "## Benchmark %d\n\nWe measured 23,450 req/sec on one core. <!-- note %d -->\n\n"+
			"| server | req/s |\n|---|---:|\n| covet | 23,450 |\n| other | 9,100 |\n\n"+
			"- point with `code`\n  - nested\n> quoted claim\n\n```python\nprint(%d)\n```\n\n", i, i, i)
	}
	return []byte(b.String())
}()

// BenchmarkParse is the block grammar alone: the floor for the front-end.
func BenchmarkParse(b *testing.B) {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tsmd.GetLanguage())
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		tree, err := p.ParseCtx(context.Background(), nil, benchDoc)
		if err != nil {
			b.Fatal(err)
		}
		tree.Close()
	}
}

// BenchmarkFrontEnd is guard, parse and Extract, as the Analyzer does per file.
func BenchmarkFrontEnd(b *testing.B) {
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tsmd.GetLanguage())
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		if nestingDepth(benchDoc, MaxDepth) > MaxDepth {
			b.Fatal("guard")
		}
		tree, err := p.ParseCtx(context.Background(), nil, parserInput(benchDoc))
		if err != nil {
			b.Fatal(err)
		}
		Extract("bench.md", benchDoc, tree.RootNode(), nil)
		tree.Close()
	}
}
