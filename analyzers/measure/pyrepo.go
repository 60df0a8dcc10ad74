package measure

import (
	"path"
	"sort"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pyDef is a function of the repository, by qualified name.
type pyDef struct {
	unit      *unit
	async     bool
	name      string
	ambiguous bool
}

// lookup finds the function a resolved name stands for, from pf: its own
// file's first, another file's only when no other file defines the name.
func (pf *pyFile) lookup(defs map[string]pyDef, qual string) (pyDef, bool) {
	if i, ok := pf.quals[qual]; ok {
		s := pf.ff.Scopes[i]
		return pyDef{unit: pf.unitOf(i), async: s.Kind == python.AsyncDef, name: s.Name}, true
	}
	d, ok := defs[qual]
	return d, ok && !d.ambiguous
}

// eventLoopRunners run or schedule coroutines: a function calling one of
// them may create coroutines it runs later.
var eventLoopRunners = set("asyncio.run", "asyncio.gather", "asyncio.wait", "asyncio.create_task", "asyncio.ensure_future",
	"asyncio.get_event_loop().run_until_complete", "asyncio.new_event_loop().run_until_complete", "asyncio.TaskGroup().create_task",
	"anyio.run", "trio.run", "uvloop.run", "asyncio.as_completed", "asyncio.wait_for")

// readPythonFiles reads every Python file and links calls between the
// repository's functions, across files.
func readPythonFiles(set *source.Set, py *python.Result) []*pyFile {
	var out []*pyFile
	defs := map[string]pyDef{}
	for _, p := range py.Paths {
		f := set.File(p)
		if f == nil {
			continue
		}
		pf := readPython(py.Files[p], f.Src)
		out = append(out, pf)
		for i, s := range pf.ff.Scopes {
			if !s.IsFunction() || s.Qual == "" {
				continue
			}
			d := pyDef{unit: pf.unitOf(i), async: s.Kind == python.AsyncDef, name: s.Name}
			if other, ok := defs[s.Qual]; ok && other.unit.path != d.unit.path {
				// Scripts outside packages share module names (two
				// micro.py): the name is ambiguous across files.
				d.ambiguous = true
			}
			defs[s.Qual] = d
		}
	}
	for _, pf := range out {
		pf.link(defs)
		pf.linkNames(defs)
	}
	return out
}

// link records the calls of pf to the repository's functions, and the
// async defs called without being awaited or handed to anything.
func (pf *pyFile) link(defs map[string]pyDef) {
	runs := map[*unit]bool{}
	for i := range pf.ff.Calls {
		c := &pf.ff.Calls[i]
		if len(c.Callee) > maxClassified {
			continue // see maxClassified: no runner or definition is named that long
		}
		if eventLoopRunners[c.Callee] || len(c.Callee) > 19 && c.Callee[len(c.Callee)-19:] == ".run_until_complete" {
			runs[pf.unitOf(c.Scope)] = true
		}
	}
	for i := range pf.ff.Calls {
		c := &pf.ff.Calls[i]
		if len(c.Callee) > maxClassified {
			continue
		}
		d, ok := pf.lookup(defs, c.Callee)
		if !ok {
			continue
		}
		u := pf.unitOf(c.Scope)
		if n := len(d.unit.callers); n == 0 || d.unit.callers[n-1] != u {
			link(u, d.unit)
		}
		if d.async && !c.Awaited && !runs[u] && pf.inLoop(c.CallSpan) {
			if _, handed := pf.ff.ArgumentOf(c); !handed {
				u.suspects = append(u.suspects, suspect{span: c.CallSpan,
					why: "calls the async def " + d.name + " in a timed loop without awaiting it: it times creating coroutines, not running them"})
			}
		}
	}
}

// inLoop tells whether span lies in a loop of the file.
func (pf *pyFile) inLoop(span source.Span) bool {
	loops := pf.loops()
	i := sort.Search(len(loops), func(i int) bool { return loops[i].Span.Start > span.Start })
	for j := i - 1; j >= 0 && j >= i-64; j-- {
		if loops[j].Span.Contains(span) {
			return true
		}
	}
	return false
}

// units lists the file's units.
func (pf *pyFile) units() []*unit { return ordered(pf.module, pf.funcs) }

// benchmarks selects the file's benchmark code: each top-level function
// that reads a timer itself or runs under a harness, then the module-level
// code when it times something itself, starts a load test, or when the file
// is benchmark code with no benchmark function.
func (pf *pyFile) benchmarks() []*Benchmark {
	var out []*Benchmark
	for _, u := range pf.units()[1:] {
		own := len(u.timers) > 0 || u.harness != "" || u.starts != ""
		if !own || pf.why == "" && u.harness == "" && u.starts == "" {
			continue
		}
		u.nameReports(u.name)
		if len(u.peers) == 0 {
			u.peers = pf.module.peers
		}
		why := pf.why
		switch {
		case u.harness != "":
			why = u.harness
		case u.starts != "":
			why = "starts " + u.starts
		}
		out = append(out, u.toBenchmark(source.Python, why))
	}
	m := pf.module
	if pf.why != "" && (len(m.timers) > 0 || m.starts != "" || len(out) == 0) {
		m.nameReports(path.Base(fileName(pf.ff.Path)))
		if _, db, _ := reportsOf(path.Dir(pf.ff.Path)); db && !m.micro {
			m.dbByName = true // benchmarks/database/...
		}
		out = append(out, m.toBenchmark(source.Python, pf.why))
	}
	return out
}

// loops are the file's for and while loops, by start.
func (pf *pyFile) loops() []python.Loop { return pf.ff.Loops }
