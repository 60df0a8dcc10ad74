package measure

import (
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/blocking"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// rsFile is one Rust file's units: each top-level fn (closures and fns
// nested in a fn belong to it) and the code outside any fn.
type rsFile struct {
	ff     *rust.FileFacts
	why    string
	module *unit
	funcs  map[int]*unit
	top    []int
	// criterion: the fn registers benchmarks with criterion.
	criterion map[*unit]bool
}

func isFn(s rust.Scope) bool { return s.Kind == rust.Fn || s.Kind == rust.AsyncFn }

func (rf *rsFile) unitOf(scope int) *unit {
	if scope >= 0 && scope < len(rf.top) && rf.top[scope] >= 0 {
		return rf.funcs[rf.top[scope]]
	}
	return rf.module
}

// rsTimers are the callees that read a clock.
var rsTimers = []string{"std::time::Instant::now", "tokio::time::Instant::now", "quanta::Instant::now", "std::time::SystemTime::now"}

// rsNetPrefixes are callees doing network I/O or serving requests.
var rsNetPrefixes = []string{"reqwest::", "<reqwest::", "hyper::", "<hyper::", "tokio::net::", "<tokio::net::", "std::net::",
	"<std::net::", "ureq::", "surf::", "isahc::", "awc::", "tokio_tungstenite::connect", "axum::serve", "axum::Server",
	"actix_web::HttpServer", "warp::serve", "hyper_util::", "<hyper_util::", "reqwest_middleware::"}

// rsDBPrefixes are database crates: a call into them runs a query.
var rsDBPrefixes = []string{"sqlx::", "<sqlx::", "diesel::", "<diesel::", "tokio_postgres::", "<tokio_postgres::", "postgres::",
	"<postgres::", "rusqlite::", "<rusqlite::", "sea_orm::", "<sea_orm::", "mongodb::", "<mongodb::", "deadpool_postgres::", "bb8_postgres::"}

// criterionMethods register or run benchmarks under criterion (or divan).
var criterionMethods = set("bench_function", "bench_with_input", "benchmark_group", "bench_functions", "iter", "iter_batched",
	"iter_custom", "iter_with_setup", "iter_batched_ref", "to_async")

// readRustFiles reads every Rust file and links calls between fns of the
// same file (a Rust Qual names a fn within its file).
func readRustFiles(set *source.Set, rs *rust.Result) []*rsFile {
	var out []*rsFile
	for _, p := range rs.Paths {
		f := set.File(p)
		if f == nil {
			continue
		}
		out = append(out, readRust(rs.Files[p], f.Src))
	}
	return out
}

func readRust(ff *rust.FileFacts, src []byte) *rsFile {
	rf := &rsFile{ff: ff, funcs: map[int]*unit{}, top: make([]int, len(ff.Scopes)), criterion: map[*unit]bool{}}
	rf.module = &unit{path: ff.Path, span: source.Span{End: len(src)}}
	defs := map[string]int{}
	for i, s := range ff.Scopes {
		rf.top[i] = -1
		if p := s.Parent; p >= 0 && p < i {
			rf.top[i] = rf.top[p]
		}
		if rf.top[i] < 0 && isFn(s) {
			rf.top[i] = i
			rf.funcs[i] = &unit{path: ff.Path, name: s.Name, span: s.Span, named: s.NameSpan}
			if s.HasAttr("bench") {
				rf.funcs[i].harness, rf.funcs[i].timed = "#[bench]", true
			}
		}
		if isFn(s) && s.Qual != "" {
			defs[s.Qual] = i
		}
	}
	rf.why, _ = BenchmarkPath(ff.Path)
	fns := rf.units()[1:] // top-level fns, by position
	for _, b := range ff.Bindings {
		if peer, ok := peerOf(b.Value); ok && (b.Kind == rust.Use || b.Kind == rust.Glob) {
			rf.module.addPeer(peer)
		}
		if b.Kind == rust.Let && MetricKey(b.Name) {
			i := sort.Search(len(fns), func(i int) bool { return fns[i].span.Start > b.Span.Start }) - 1
			if i >= 0 && fns[i].span.Contains(b.Span) {
				h, d, _ := reportsOf(b.Name)
				fns[i].http, fns[i].db = fns[i].http || h, fns[i].db || d
			}
		}
	}
	for i := range ff.Calls {
		c := &ff.Calls[i]
		u := rf.unitOf(c.Scope)
		rf.classify(u, c)
		if d, ok := defs[c.Callee]; ok {
			callee := rf.unitOf(d)
			if n := len(callee.callers); n == 0 || callee.callers[n-1] != u {
				link(u, callee)
			}
			if ff.Scopes[d].Kind == rust.AsyncFn && !c.Awaited && !rf.handed(i) {
				u.suspects = append(u.suspects, suspect{span: c.CallSpan,
					why: "calls the async fn " + ff.Scopes[d].Name + " in a timed loop without awaiting it: it times creating futures, not running them"})
			}
		}
	}
	for _, u := range rf.funcs { // u.loops are the calls that time a closure (b.iter(...))
		if u.harness == "" && rf.criterion[u] {
			u.harness, u.timed = "criterion group", true
		}
		u.suspects = inLoops(u.suspects, u.loops)
	}
	if rf.why == "" {
		for _, u := range rf.units()[1:] {
			if u.harness != "" {
				rf.why = u.harness
				break
			}
		}
	}
	return rf
}

// classify adds what call c does to u.
func (rf *rsFile) classify(u *unit, c *rust.Call) {
	callee := c.Callee
	for _, t := range rsTimers {
		if callee == t {
			u.timed = true
			u.timers = append(u.timers, c.Span)
		}
	}
	if strings.Contains(callee, "criterion::") || strings.Contains(callee, "divan::") {
		rf.criterion[u] = true
	}
	if dot := strings.LastIndexByte(callee, '.'); dot >= 0 && criterionMethods[callee[dot+1:]] &&
		(strings.Contains(callee, "criterion::") || strings.Contains(callee, "Bencher")) {
		rf.criterion[u] = true
	}
	// b.iter(|| ...) times its closure, whatever b resolved to.
	if dot := strings.LastIndexByte(c.Text, '.'); c.Method && dot >= 0 && strings.HasPrefix(c.Text[dot+1:], "iter") && criterionMethods[c.Text[dot+1:]] {
		u.loops = append(u.loops, c.CallSpan)
	}
	if callee == "std::thread::sleep" || callee == "tokio::time::sleep" {
		u.sleeps = true
	}
	if b, _, ok := blocking.LookupRust(callee); ok {
		network, query := ioOf(b.Family)
		u.network, u.queries = u.network || network, u.queries || query
	}
	u.network = u.network || hasAnyPrefix(callee, rsNetPrefixes)
	u.queries = u.queries || hasAnyPrefix(callee, rsDBPrefixes)
	if peer, ok := peerOf(callee); ok {
		u.addPeer(peer)
	}
}

// handed tells whether call i is an argument of another call (block_on,
// spawn, join!): the future it makes is run there. A call in a closure
// passed as an argument (b.iter(|| f())) is not handed: the closure drops
// the future.
func (rf *rsFile) handed(i int) bool {
	c := rf.ff.Calls[i]
	for j := i - 1; j >= 0 && j >= i-256; j-- {
		o := rf.ff.Calls[j]
		if o.Scope == c.Scope && o.CallSpan.Contains(c.CallSpan) && o.CallSpan != c.CallSpan && !o.Span.Contains(c.CallSpan) {
			return true
		}
	}
	return false
}

func (rf *rsFile) units() []*unit { return ordered(rf.module, rf.funcs) }

// benchmarks selects the file's benchmark fns: #[bench] fns, criterion
// groups, and fns of benchmark files that read a timer themselves; a
// benchmark file with none is one benchmark.
func (rf *rsFile) benchmarks() []*Benchmark {
	var out []*Benchmark
	for _, u := range rf.units()[1:] {
		if u.harness == "" && (rf.why == "" || len(u.timers) == 0) {
			continue
		}
		u.nameReports(u.name)
		for _, p := range rf.module.peers {
			u.addPeer(p)
		}
		why := rf.why
		if u.harness != "" {
			why = u.harness
		}
		out = append(out, u.toBenchmark(source.Rust, why))
	}
	if rf.why != "" && len(out) == 0 {
		rf.module.nameReports(fileName(rf.ff.Path))
		out = append(out, rf.module.toBenchmark(source.Rust, rf.why))
	}
	return out
}

// inLoops keeps the suspects that stand in one of loops.
func inLoops(suspects []suspect, loops []source.Span) []suspect {
	var out []suspect
	for _, s := range suspects {
		for _, l := range loops {
			if l.Contains(s.span) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}
