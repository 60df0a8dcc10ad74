package asyncctx

import (
	"fmt"
	"strings"
	"testing"
)

// manyContexts builds a Python file of n FastAPI endpoints, each spawning
// a task and awaiting nothing, and a Rust file of n axum handlers, each
// spawning an async block and a named fn, all in one test module too.
func manyContexts(n int) map[string]string {
	var py, rs strings.Builder
	py.WriteString("import asyncio\nfrom fastapi import FastAPI\napp = FastAPI()\n")
	rs.WriteString("use axum::routing::get;\n#[cfg(test)]\nmod tests {\n")
	for i := range n {
		fmt.Fprintf(&py, "@app.get('/%d')\nasync def h%d(request):\n    asyncio.create_task(w%d())\n    return open('x').read()\n", i, i, i)
		fmt.Fprintf(&py, "async def w%d():\n    pass\n", i)
		fmt.Fprintf(&rs, "async fn h%d() { tokio::spawn(async move { w%d().await }); tokio::spawn(w%d()); let _ = get(h%d); }\n", i, i, i, i)
		fmt.Fprintf(&rs, "async fn w%d() {}\n", i)
	}
	rs.WriteString("}\n")
	return map[string]string{"app.py": py.String(), "lib.rs": rs.String()}
}

// BenchmarkContexts shows the analysis grows linearly with the files:
// compare ns/op across the sizes (parsing included).
func BenchmarkContexts(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		files := manyContexts(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(files["app.py"]) + len(files["lib.rs"])))
			for b.Loop() {
				r, py, rs := analyse(b, files)
				if got := r.Python("app.py", pyScope(b, py("app.py"), fmt.Sprintf("w%d", n-1))); got != Task {
					b.Fatalf("last worker: %s", got)
				}
				if !r.RustTest("lib.rs", len(rs("lib.rs").Scopes)-1) {
					b.Fatal("last Rust scope is not test code")
				}
			}
		})
	}
}
