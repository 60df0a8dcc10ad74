package measure

import (
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pyFile is one Python file's units: its module-level code and each
// top-level function (a method counts as top-level; a def nested in a
// function belongs to that function).
type pyFile struct {
	ff     *python.FileFacts
	why    string // why the file is benchmark code; "" when it is not
	module *unit
	funcs  map[int]*unit  // by scope index
	quals  map[string]int // the file's functions by qualified name
	top    []int          // each scope's top-level function, -1 for module-level
}

// topScopes maps each scope to the outermost function around it (itself for
// a top-level def or a method), -1 for module-level and class-level code.
func topScopes(ff *python.FileFacts) []int {
	top := make([]int, len(ff.Scopes))
	for i, s := range ff.Scopes {
		top[i] = -1
		p := s.Parent
		if p >= 0 && p < i {
			top[i] = top[p]
		}
		if top[i] < 0 && s.IsFunction() {
			top[i] = i
		}
	}
	return top
}

// scopeTop is the top-level function of a call or binding's scope.
func (pf *pyFile) scopeTop(scope int) int {
	if scope < 0 || scope >= len(pf.top) {
		return -1
	}
	return pf.top[scope]
}

// unitOf is the unit code in scope belongs to.
func (pf *pyFile) unitOf(scope int) *unit {
	if t := pf.scopeTop(scope); t >= 0 {
		return pf.funcs[t]
	}
	return pf.module
}

// readPython builds the units of one Python file from its facts.
func readPython(ff *python.FileFacts, src []byte) *pyFile {
	pf := &pyFile{ff: ff, funcs: map[int]*unit{}, quals: map[string]int{}, top: topScopes(ff)}
	pf.module = &unit{path: ff.Path, span: source.Span{End: len(src)}, name: ""}
	for i, s := range ff.Scopes {
		if pf.top[i] == i {
			pf.funcs[i] = &unit{path: ff.Path, name: s.Name, span: s.Span, named: s.NameSpan}
		}
		if s.IsFunction() && s.Qual != "" {
			pf.quals[s.Qual] = i
		}
	}
	pf.why, _ = BenchmarkPath(ff.Path)
	for _, b := range ff.Bindings {
		u := pf.unitOf(b.Scope)
		if peer, ok := peerOf(b.Value); ok {
			u.addPeer(peer)
		}
		for _, m := range pyHarnessModules {
			if b.Value == m || strings.HasPrefix(b.Value, m+".") {
				if pf.why == "" {
					pf.why = "imports " + m
				}
				if m == "locust" {
					u.network, u.loadTool = true, "locust"
				}
			}
		}
		if MetricKey(b.Name) {
			h, d, _ := reportsOf(b.Name)
			u.http, u.db = u.http || h, u.db || d
		}
	}
	for i := range ff.Calls {
		c := &ff.Calls[i]
		u := pf.unitOf(c.Scope)
		k := classifyPython(c.Callee)
		if k.timer {
			u.timed = true
			u.timers = append(u.timers, c.Span)
		}
		u.network = u.network || k.network
		u.queries = u.queries || k.query
		u.sleeps = u.sleeps || k.sleep
		if h := harnessCall(c.Callee, c.Text); h != "" {
			u.harness, u.timed = h, true
			if pf.why == "" {
				pf.why = "uses the pytest-benchmark fixture"
			}
		}
		if peer, ok := peerOf(c.Callee); ok {
			u.addPeer(peer)
		}
	}
	if pf.why != "" && InBenchmarkFolder(ff.Path) {
		for i, u := range pf.funcs {
			if asvPrefix(ff.Scopes[i].Name) {
				u.harness, u.timed = "an asv benchmark", true
			}
		}
	}
	return pf
}

// asvPrefix tells whether a function name is one asv times or tracks.
func asvPrefix(name string) bool {
	for _, p := range []string{"time_", "timeraw_", "mem_", "peakmem_", "track_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// InBenchmarkFolder reports whether some folder of p is a benchmark folder.
func InBenchmarkFolder(p string) bool { return benchmarkFolder(p) != "" }

// nameReports reads what a benchmark's name (or a file's name) says it
// reports: request throughput ("bench_http_requests", "rps_test") or
// database figures ("bench_db_queries"), unless the name also says the
// work is in-process ("http_parse", "request_routing"). "http" alone does
// not say requests: http_response.py times building a response.
func (u *unit) nameReports(name string) {
	ws := words(name)
	for _, w := range ws {
		if microWords[w] {
			u.micro = true
			return
		}
	}
	for _, w := range ws {
		switch {
		case httpNameWords[w]:
			u.httpByName = true
		case dbWords[w]:
			u.dbByName = true
		}
	}
}

// httpNameWords in a benchmark's name say it reports request throughput.
var httpNameWords = set("rps", "reqs", "requests", "e2e", "loadtest", "throughput")

// fileName is what a file's name and folders say, for its module-level unit.
func fileName(p string) string {
	return strings.TrimSuffix(strings.TrimSuffix(p, path.Ext(p)), "/__init__")
}
