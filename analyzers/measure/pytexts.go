package measure

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// subprocessCalls start a command: the text of their first argument is the
// command line.
var subprocessCalls = set("subprocess.run", "subprocess.Popen", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
	"os.system", "os.popen", "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell", "os.execvp", "os.spawnlp",
	"sh.Command", "pexpect.spawn", "invoke.run", "shlex.split")

// sqlVerbs begin a SQL statement.
var sqlVerbs = []string{"select", "insert", "update", "delete", "with", "create", "drop", "alter", "begin", "copy", "upsert", "replace"}

// readTexts reads the literal first arguments of a file's calls: the load
// tools started, the SQL run, the figures printed.
func (pf *pyFile) readTexts() {
	ff := pf.ff
	if len(ff.Texts) == 0 {
		return
	}
	text := make(map[source.Span]string, len(ff.Texts))
	// commands: per unit, the load tool named first in a list of strings
	// it builds (a command line in parts, joined later).
	commands := map[*unit]string{}
	for _, t := range ff.Texts {
		if t.Call != (source.Span{}) {
			text[t.Call] = t.Text
			continue
		}
		u := pf.unitOf(t.Scope)
		if tool, ok := commandLineTool(t.Text); ok && commands[u] == "" {
			commands[u] = tool
		}
		if _, ok := scriptPeers[firstWord(t.Text)]; ok {
			// A server's command line ("uvicorn app:app", "gunicorn -k
			// gevent app:app") runs the server and what it names.
			for _, w := range words(t.Text) {
				if p, ok := scriptPeers[w]; ok {
					u.addPeer(p)
				}
			}
		}
	}
	for i := range ff.Calls {
		c := &ff.Calls[i]
		u := pf.unitOf(c.Scope)
		if subprocessCalls[c.Callee] && commands[u] != "" {
			u.network, u.loadTool, u.timed, u.starts = true, commands[u], true, commands[u]
		}
		t, ok := text[c.CallSpan]
		if !ok {
			continue
		}
		switch {
		case subprocessCalls[c.Callee]:
			if tool, ok := commandLineTool(t); ok {
				u.network, u.loadTool, u.timed, u.starts = true, tool, true, tool
			}
		case sqlText(t) && queryMethods[python.LastName(c.Text)]:
			u.queries = true
		default:
			h, d := reportText(t)
			u.http, u.db = u.http || h, u.db || d
		}
	}
}

// commandLineTool finds a load tool in a command line ("wrk -t4 ...",
// "cd bench && oha -z 10s ...").
func commandLineTool(line string) (string, bool) {
	tool, _, ok := commandTool(line)
	return tool, ok
}

func sqlText(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, v := range sqlVerbs {
		if strings.HasPrefix(t, v+" ") || strings.HasPrefix(t, v+"\n") {
			return true
		}
	}
	return false
}

// reportText reads what a printed or logged text reports: request figures
// ("req/s", "requests per second", "RPS") or database figures ("queries/s",
// "qps").
func reportText(t string) (http, db bool) {
	ws := words(t)
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		rate := next == "s" || next == "sec" || next == "second" || next == "per"
		switch {
		case w == "rps" || (w == "req" || w == "reqs" || w == "requests" || w == "messages" || w == "msgs") && rate:
			http = true
		case w == "qps" || w == "tps" || (w == "queries" || w == "transactions") && rate:
			db = true
		}
	}
	return http, db
}

// readLoops gives each unit the loops in its code.
func (pf *pyFile) readLoops() {
	for _, l := range pf.ff.Loops {
		u := pf.unitOf(l.Scope)
		u.loops = append(u.loops, l.Span)
	}
}

// linkNames links a unit to the repository functions it passes or stores
// by name (executor.map(run_test, ...), Thread(target=worker),
// benchmark(fn), a dispatch table {"a": run_a}): it runs them.
func (pf *pyFile) linkNames(defs map[string]pyDef) {
	for _, n := range pf.ff.Names {
		d, ok := pf.lookup(defs, pf.ff.Module+"."+n.Name)
		if !ok {
			continue
		}
		u := pf.unitOf(n.Scope)
		if k := len(d.unit.callers); k == 0 || d.unit.callers[k-1] != u {
			link(u, d.unit)
		}
	}
}

// firstWord is a command line's first word, lower-cased.
func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}
