package rust

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tsrust "github.com/smacker/go-tree-sitter/rust"
)

// benchSource is the CVT201 Rust cases (but the syntax error) repeated to
// about 1 MiB.
func benchSource(b *testing.B) []byte {
	paths, _ := filepath.Glob("../../rules/blockingcallinasync/testdata/*rust_*/src/*.rs")
	var one []byte
	for _, p := range paths {
		if strings.Contains(p, "syntax_error") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		one = append(one, src...)
	}
	if len(one) == 0 {
		b.Skip("no Rust cases found")
	}
	var src []byte
	for len(src) < 1<<20 {
		src = append(src, one...)
	}
	return src
}

// BenchmarkParse is the parse alone, for comparison with BenchmarkExtract.
func BenchmarkParse(b *testing.B) {
	src := benchSource(b)
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tsrust.GetLanguage())
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		tree, _ := p.ParseCtx(context.Background(), nil, src)
		tree.Close()
	}
}

// BenchmarkExtract is parse plus extraction (macro arguments included).
func BenchmarkExtract(b *testing.B) {
	src := benchSource(b)
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tsrust.GetLanguage())
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		tree, _ := p.ParseCtx(context.Background(), nil, src)
		Extract("lib.rs", src, tree.RootNode())
		tree.Close()
	}
}
