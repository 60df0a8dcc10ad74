package python

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"
)

// benchBlock is scripts/bench's Python block: a class with async methods,
// imports, comprehensions and blocking calls.
func benchBlock(tag string) string {
	return strings.ReplaceAll(`import time, subprocess, asyncio
import requests as rq
from httpx import Client

class ServiceTAG:
    def __init__(self, url):
        self.url = url
        self.client = Client()

    async def fetch_TAG(self, key):
        time.sleep(0.1)
        data = rq.get(self.url + key).json()
        out = [self.client.get(u) for u in data["urls"]]
        return {k: v for k, v in zip(data, out)}

    async def ok_TAG(self):
        await asyncio.sleep(1)
        return await asyncio.to_thread(open, "fTAG.txt")

def helper_TAG(x, y=3, *args, **kw):
    total = x + y * 2 - (x // 3) % 7
    subprocess.run(["echo", str(total)], check=True)  # run it
    return lambda z: total + z

`, "TAG", tag)
}

// benchFile is about 40 KB of Python, like one file of scripts/bench.
var benchFile = func() []byte {
	var b strings.Builder
	for i := 1; i <= 40; i++ {
		b.WriteString(benchBlock(fmt.Sprintf("a_%d", i)))
	}
	return []byte(b.String())
}()

// chainSource is `a.b().b().b()...` with n links: each call's callee holds
// all the calls below it.
func chainSource(n int) []byte {
	var b strings.Builder
	b.WriteString("import httpx\nx = httpx.Client()")
	for i := 0; i < n; i++ {
		b.WriteString(".b()")
	}
	b.WriteString("\n")
	return []byte(b.String())
}

func newBenchParser(b *testing.B) *sitter.Parser {
	p := sitter.NewParser()
	p.SetLanguage(tspython.GetLanguage())
	b.Cleanup(p.Close)
	return p
}

// BenchmarkParse is the grammar alone: the floor for the front-end.
func BenchmarkParse(b *testing.B) {
	p := newBenchParser(b)
	b.SetBytes(int64(len(benchFile)))
	for b.Loop() {
		tree, err := p.ParseCtx(context.Background(), nil, benchFile)
		if err != nil {
			b.Fatal(err)
		}
		tree.Close()
	}
}

// BenchmarkFrontEnd is parse and Extract, as the Analyzer does per file.
func BenchmarkFrontEnd(b *testing.B) { benchParseExtract(b, "pkg/mod.py", "pkg.mod", benchFile) }

// benchParseExtract measures parsing src and extracting its facts.
func benchParseExtract(b *testing.B, path, module string, src []byte) {
	p := newBenchParser(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		tree, err := p.ParseCtx(context.Background(), nil, src)
		if err != nil {
			b.Fatal(err)
		}
		Extract(path, module, src, tree.RootNode(), nil)
		tree.Close()
	}
}

// BenchmarkExtractBenchFile is Extract alone on a parsed tree of benchFile.
func BenchmarkExtractBenchFile(b *testing.B) { benchExtract(b, "pkg/mod.py", "pkg.mod") }

// benchExtract runs Extract alone on a parsed tree of benchFile, as the
// file at path.
func benchExtract(b *testing.B, path, module string) {
	p := newBenchParser(b)
	tree, err := p.ParseCtx(context.Background(), nil, benchFile)
	if err != nil {
		b.Fatal(err)
	}
	defer tree.Close()
	b.SetBytes(int64(len(benchFile)))
	for b.Loop() {
		Extract(path, module, benchFile, tree.RootNode(), nil)
	}
}

// BenchmarkChain extracts a 2,000-link call chain.
func BenchmarkChain(b *testing.B) { benchParseExtract(b, "m.py", "m", chainSource(2000)) }

// BenchmarkFactsHeap reports what the facts and comments of 100 files
// (4 MB of Python) keep alive after a GC, per byte of source: the
// front-end's lasting memory cost in a run, where sources stay loaded
// anyway. Run with -benchtime=1x.
func BenchmarkFactsHeap(b *testing.B) {
	p := newBenchParser(b)
	const files = 100
	srcs := make([][]byte, files)
	for i := range srcs {
		srcs[i] = append([]byte(nil), benchFile...)
	}
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		kept := make([]any, 0, 2*files)
		for i, src := range srcs {
			tree, err := p.ParseCtx(context.Background(), nil, src)
			if err != nil {
				b.Fatal(err)
			}
			ff, comments := Extract(fmt.Sprintf("pkg/m%d.py", i), fmt.Sprintf("pkg.m%d", i), src, tree.RootNode(), nil)
			tree.Close()
			kept = append(kept, ff, comments)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		live := float64(after.HeapAlloc) - float64(before.HeapAlloc)
		b.ReportMetric(live/float64(files*len(benchFile)), "live-B/src-B")
		b.ReportMetric(live/(1<<20), "live-MB")
		runtime.KeepAlive(kept)
	}
}

// BenchmarkDeepNesting extracts 2,000 nested lambdas, each with a call.
func BenchmarkDeepNesting(b *testing.B) {
	const n = 2000
	src := []byte("import time\nx = " + strings.Repeat("lambda: time.sleep(", n) + "0" + strings.Repeat(")", n) + "\n")
	benchParseExtract(b, "m.py", "m", src)
}
