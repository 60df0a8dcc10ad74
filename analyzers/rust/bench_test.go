package rust

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// benchSource is the CVT201 Rust cases (but the syntax error) repeated to
// about 1 MiB.
func benchSource(b testing.TB) []byte {
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
	p.SetLanguage(grammar())
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
	p.SetLanguage(grammar())
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		tree, _ := p.ParseCtx(context.Background(), nil, src)
		Extract("lib.rs", src, tree.RootNode(), nil)
		tree.Close()
	}
}

// benchRepoBlock is scripts/bench's Rust block: the shape of the generated
// repository the whole-run numbers come from.
func benchRepoBlock(i int) string {
	n := strconv.Itoa(i)
	return `use std::time::Duration;
use pyo3::prelude::*;

pub struct Worker` + n + ` { id: u64, name: String }

impl Worker` + n + ` {
    pub async fn run_` + n + `(&self) -> Result<u64, String> {
        std::thread::sleep(Duration::from_millis(10));
        let data = std::fs::read_to_string("x` + n + `.txt").map_err(|e| e.to_string())?;
        Ok(data.len() as u64 + self.id)
    }
}

#[pyfunction]
fn compute_` + n + `(a: i64, b: i64) -> PyResult<i64> {
    let v: Vec<i64> = (0..b).map(|i| i * a).filter(|x| x % 3 == 0).collect();
    Ok(v.iter().sum())
}

`
}

// BenchmarkFactsMemory extracts 64 files of about 40 KB each (scripts/bench's
// Rust file and the CVT201 cases) and reports the live heap the facts and
// comments hold after a GC, per byte of source (the sources themselves are
// not counted: the run keeps them anyway).
func BenchmarkFactsMemory(b *testing.B) {
	var gen []byte
	for i := 0; len(gen) < 40<<10; i++ {
		gen = append(gen, benchRepoBlock(i)...)
	}
	cases := benchSource(b)[:40<<10]
	var srcs [][]byte
	for i := 0; i < 64; i++ {
		s := gen
		if i%4 == 3 {
			s = cases
		}
		srcs = append(srcs, append([]byte(nil), s...))
	}
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(grammar())
	var ms runtime.MemStats
	for b.Loop() {
		facts := make([]*FileFacts, len(srcs))
		comments := make([][]source.Comment, len(srcs))
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.HeapAlloc
		for i, s := range srcs {
			tree, _ := p.ParseCtx(context.Background(), nil, s)
			facts[i], comments[i] = Extract("lib.rs", s, tree.RootNode(), nil)
			tree.Close()
		}
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.HeapAlloc-before)/float64(total), "live-B/src-B")
		b.ReportMetric(float64(ms.HeapAlloc-before)/(1<<20), "live-MB")
		runtime.KeepAlive(facts)
		runtime.KeepAlive(comments)
	}
}
