package measure

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// scriptPeers are the words that name a peer in a command line (a server
// started next to the load tool: "uvicorn app:app", "gunicorn -k ...").
var scriptPeers = map[string]string{
	"fastapi": "FastAPI", "django": "Django", "flask": "Flask", "starlette": "Starlette", "sanic": "Sanic",
	"aiohttp": "aiohttp", "tornado": "Tornado", "quart": "Quart", "litestar": "Litestar", "falcon": "Falcon",
	"robyn": "Robyn", "granian": "Granian", "uvicorn": "Uvicorn", "gunicorn": "Gunicorn", "hypercorn": "Hypercorn",
	"bottle": "Bottle", "pyramid": "Pyramid", "blacksheep": "BlackSheep", "socketify": "Socketify", "axum": "Axum",
	"actix": "Actix", "express": "Express", "gevent": "gevent",
}

// commandPrefixes run the command after them.
var commandPrefixes = set("sudo", "time", "exec", "nohup", "command", "env", "timeout", "nice", "taskset", "xargs", "then", "do", "else", "eval")

// readScript reads a shell script, a Makefile or a load-test script of a
// benchmark folder (k6 or autocannon JavaScript, a wrk Lua script) line by
// line: those that start a load generator are load tests (one per Makefile
// target, else one per file).
func readScript(f *source.File) *Benchmark {
	if f.Lang != source.Text {
		return nil
	}
	base := path.Base(f.Path)
	switch {
	case isMakefile(base):
		return scanMakefile(f)
	case strings.HasSuffix(base, ".sh") || strings.HasSuffix(base, ".bash"):
		return scanShell(f, 0, len(f.Src), "")
	case strings.HasSuffix(base, ".lua") && bytes.Contains(f.Src, []byte("wrk.")):
		return scriptBenchmark(f, source.Span{End: len(f.Src)}, "", "wrk", "a wrk script", nil)
	case strings.HasSuffix(base, ".js") || strings.HasSuffix(base, ".mjs") || strings.HasSuffix(base, ".ts"):
		for _, tool := range []string{"k6", "autocannon", "artillery"} {
			if bytes.Contains(f.Src, []byte("'"+tool)) || bytes.Contains(f.Src, []byte(`"`+tool)) {
				return scriptBenchmark(f, source.Span{End: len(f.Src)}, "", tool, "a "+tool+" script", nil)
			}
		}
	}
	return nil
}

func isMakefile(base string) bool {
	return base == "Makefile" || base == "makefile" || base == "GNUmakefile" || strings.HasSuffix(base, ".mk")
}

func scriptBenchmark(f *source.File, span source.Span, name, tool, why string, peers []string) *Benchmark {
	return &Benchmark{Path: f.Path, Lang: source.Text, Name: name, Span: span, Why: why, Timed: true, Network: true,
		LoadTool: tool, Peers: peers, Reports: []Kind{HTTP}}
}

// scanShell finds the first load tool started in src[from:to), and the
// peers its lines name.
func scanShell(f *source.File, from, to int, name string) *Benchmark {
	tool, at := "", source.Span{}
	var peers []string
	for off := from; off < to; {
		end := bytes.IndexByte(f.Src[off:to], '\n')
		if end < 0 {
			end = to - off
		}
		line := string(f.Src[off : off+end])
		if t, col, ok := commandTool(line); ok && tool == "" {
			tool, at = t, source.Span{Start: off + col, End: off + col + len(t)}
		}
		for _, w := range words(stripComment(line)) {
			if p, ok := scriptPeers[w]; ok && !slices.Contains(peers, p) {
				peers = append(peers, p)
			}
		}
		off += end + 1
	}
	if tool == "" {
		return nil
	}
	b := scriptBenchmark(f, source.Span{Start: from, End: to}, name, tool, "starts "+tool, peers)
	b.Evidence, b.Notes = []source.Span{at}, []string{"starts " + tool}
	return b
}

// scanMakefile finds the first target whose recipe starts a load tool.
func scanMakefile(f *source.File) *Benchmark {
	start, name := 0, ""
	flush := func(end int) *Benchmark {
		if end > start {
			return scanShell(f, start, end, name)
		}
		return nil
	}
	for off := 0; off < len(f.Src); {
		end := bytes.IndexByte(f.Src[off:], '\n')
		if end < 0 {
			end = len(f.Src) - off
		}
		line := f.Src[off : off+end]
		if t, ok := makeTarget(line); ok {
			if b := flush(off); b != nil {
				return b
			}
			start, name = off, t
			if strings.Contains(t, "%") {
				name = "" // a pattern rule: the file names it better than "%"
			}
		}
		off += end + 1
	}
	return flush(len(f.Src))
}

// makeTarget reads "name: deps" at the start of a line (not a recipe, not
// an assignment).
func makeTarget(line []byte) (string, bool) {
	if len(line) == 0 || line[0] == '\t' || line[0] == ' ' || line[0] == '#' || line[0] == '.' {
		return "", false
	}
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i+1 < len(line) && line[i+1] == '=' || bytes.ContainsAny(line[:i], "=$ \t") {
		return "", false
	}
	return string(line[:i]), true
}

// commandTool finds a load tool in command position on a line: first word
// of a command (after ;, &&, ||, |, $( or a backtick), after variable
// assignments and prefixes such as sudo or time.
func commandTool(line string) (tool string, col int, ok bool) {
	line = stripComment(line)
	start := true
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == ';' || c == '|' || c == '&' || c == '`' || c == '(' || c == '\t' && i == 0:
			start = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '@' || c == '-' && start:
			i++
			continue
		}
		j := i
		for j < len(line) && !strings.ContainsRune(" \t;|&`()\"'", rune(line[j])) {
			j++
		}
		if j == i {
			i++
			start = false
			continue
		}
		w := line[i:j]
		if start {
			if t, found := toolOf(w); found {
				return t, i + strings.LastIndexByte(w, '/') + 1, true
			}
			start = commandPrefixes[w] || strings.Contains(w, "=") && !strings.HasPrefix(w, "-")
		}
		i = j
	}
	return "", 0, false
}

// stripComment drops a # comment (at the start of the line or after a
// blank).
func stripComment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return line[:i]
		}
	}
	return line
}
