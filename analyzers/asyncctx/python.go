package asyncctx

import (
	"bytes"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/pydefs"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// spawners start a coroutine as a task of its own: asyncio's module
// functions by resolved name, the methods of a loop, TaskGroup or nursery
// (objects the front-end cannot name) by the name written.
var spawners = map[string]bool{"asyncio.create_task": true, "asyncio.ensure_future": true}

var spawnMethods = map[string]bool{"create_task": true, "ensure_future": true, "start_soon": true}

// runners run a coroutine (or an async function) as a program's main task.
var runners = map[string]bool{"asyncio.run": true, "anyio.run": true, "trio.run": true, "uvloop.run": true}

func pythonFacts(py *python.Result, x *pydefs.Index, src func(string) []byte) map[string]*pyFacts {
	r := newPyRepo(py, x, src)
	out := map[string]*pyFacts{}
	for _, p := range py.Paths {
		f := r.files[p]
		n := len(f.ff.Scopes)
		pf := &pyFacts{roles: make([]Role, n), registered: make([]Role, n), wsEndpoint: make([]bool, n),
			wsDecorated: make([]bool, n), contexts: make([]Context, n), tests: pythonTests(f.ff), threadable: make([]bool, n),
			firstUse: newGuardIndex(firstUseGuards(f.src))}
		for fn, s := range f.ff.Scopes {
			if !s.IsFunction() {
				continue
			}
			pf.roles[fn] = r.role(f, fn)
			pf.registered[fn] = r.registered[defKey{p, fn}]
			cls := f.ownClass(fn)
			pf.wsEndpoint[fn] = cls >= 0 && hasSuffix(r.basesOf(f, cls), wsBaseSuffixes)
			for _, d := range f.Decorators[fn] {
				pf.wsDecorated[fn] = pf.wsDecorated[fn] || wsDecorators[python.LastName(d.Text)]
			}
		}
		out[p] = pf
	}
	// Tasks and entry points are found where they are started, in any file.
	for _, p := range py.Paths {
		f := r.files[p]
		for i := range f.ff.Calls {
			c := &f.ff.Calls[i]
			ctx := startContext(f.ff, c)
			if ctx == "" {
				continue
			}
			args := Args(f.src, c)
			if len(args) == 0 {
				continue
			}
			name, _, _ := strings.Cut(args[0], "(") // create_task(worker(q)) or trio.run(main)
			if d, ok := x.ResolveName(f.ff, strings.TrimSpace(name), c.Scope, c.Span.Start); ok {
				if pf := out[d.FF.Path]; pf != nil && pf.contexts[d.Scope] != Task {
					pf.contexts[d.Scope] = ctx
				}
			}
		}
	}
	for _, p := range py.Paths {
		f, pf := r.files[p], out[p]
		for fn, s := range f.ff.Scopes {
			if s.Kind != python.AsyncDef {
				pf.contexts[fn] = ""
				continue
			}
			if cliCommand(f, fn) {
				pf.contexts[fn] = Entry // a CLI's command, not a bot's
				continue
			}
			switch pf.roles[fn] {
			case RequestHandler, MsgHandler, WSHandler, Dependency:
				pf.contexts[fn] = Handler
				pf.threadable[fn] = pf.roles[fn] == RequestHandler && servesASGI(f, fn) && !awaitsIn(f, fn)
			}
		}
	}
	flowPythonEntries(py, x, out)
	return out
}

// startContext is what a call makes of the coroutine it is handed: Task
// for a spawner, Entry for a runner called at module level or from a sync
// function (main(), a CLI command); "" for other calls.
func startContext(ff *python.FileFacts, c *python.Call) Context {
	callee := key(c.Callee)
	switch {
	case spawners[callee] || spawnMethods[python.LastName(c.Text)]:
		return Task
	case runners[callee]:
		if fn, ok := pydefs.Owner(ff, c.Scope); !ok || ff.Scopes[fn].Kind == python.Def {
			return Entry
		}
	}
	return ""
}

// cliModules are the command-line libraries whose @command decorators
// make a function a program's entry point (an async command runs through
// asyncio.run or anyio.run in a wrapper).
var cliModules = []string{"typer", "click", "asyncclick", "cyclopts"}

// cliCommand tells an async function decorated with command (or
// callback) in a file that imports a command-line library: the program's
// entry point, not a chat bot's message handler.
func cliCommand(f *pyFile, fn int) bool {
	decorated := false
	for _, d := range f.Decorators[fn] {
		name := python.LastName(d.Text)
		decorated = decorated || name == "command" || name == "callback"
	}
	if !decorated {
		return false
	}
	for _, im := range f.ff.Imports {
		for _, m := range cliModules {
			if im.Resolved == m || strings.HasPrefix(im.Resolved, m+".") {
				return true
			}
		}
	}
	return false
}

// servesASGI tells a FastAPI or Starlette endpoint: a route decorator that
// resolves to one of them, or any handler of a file that imports them.
func servesASGI(f *pyFile, fn int) bool {
	for _, d := range f.Decorators[fn] {
		if strings.HasPrefix(d.Name, "fastapi.") || strings.HasPrefix(d.Name, "starlette.") {
			return true
		}
	}
	for _, im := range f.ff.Imports {
		m := im.Resolved
		if m == "fastapi" || m == "starlette" || strings.HasPrefix(m, "fastapi.") || strings.HasPrefix(m, "starlette.") {
			return true
		}
	}
	return false
}

// awaitsIn tells whether fn awaits anything, by the words await or async
// anywhere in its body: an awaited call or name, async with, async for. A
// nested async def, a string or a comment errs toward yes.
func awaitsIn(f *pyFile, fn int) bool {
	s := f.ff.Scopes[fn]
	if s.Body.Start < 0 || s.Body.End > len(f.src) || s.Body.End <= s.Body.Start {
		return true
	}
	body := f.src[s.Body.Start:s.Body.End]
	return bytes.Contains(body, []byte("await")) || bytes.Contains(body, []byte("async"))
}

// pythonTests marks the test code of a file, by scope: every scope of a
// test file, else test functions (test*), methods of Test* classes and
// everything inside them.
func pythonTests(ff *python.FileFacts) []bool {
	whole := IsPythonTestPath(ff.Path)
	return inherited(len(ff.Scopes), func(i int) int { return ff.Scopes[i].Parent }, func(i int) bool {
		sc := ff.Scopes[i]
		return whole || sc.IsFunction() && strings.HasPrefix(sc.Name, "test") ||
			sc.Kind == python.Class && strings.HasPrefix(sc.Name, "Test")
	})
}

// inherited marks each of n scopes that holds, or stands inside a scope
// that holds, own. Parents listed before their children give their final
// answer, so each scope costs its own check; otherwise the walk up is
// bounded by maxNesting.
func inherited(n int, parent func(int) int, own func(int) bool) []bool {
	out := make([]bool, n)
	for i := range n {
		if p := parent(i); p >= 0 && p < i {
			out[i] = out[p] || own(i)
			continue
		}
		for s, k := i, 0; s >= 0 && k < maxNesting && !out[i]; s, k = parent(s), k+1 {
			out[i] = own(s)
		}
	}
	return out
}

// maxNesting bounds the walks up nested scopes: CPython refuses deeper
// nesting, and a hostile file must not make a walk quadratic.
const maxNesting = 64

// IsPythonTestPath tells a test file as pytest and ruff users lay them
// out: test_*.py, *_test.py, conftest.py, or any folder named test or
// testing or holding "tests" in its name (tests/, integration_tests/).
func IsPythonTestPath(p string) bool {
	parts := strings.Split(p, "/")
	base := parts[len(parts)-1]
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py" {
		return true
	}
	for _, part := range parts[:len(parts)-1] {
		if part == "test" || part == "testing" || strings.Contains(part, "tests") {
			return true
		}
	}
	return false
}
