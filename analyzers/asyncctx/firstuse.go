package asyncctx

import (
	"bytes"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Guard is a lazy initialization: the block of `if not T:` or
// `if T is None:` that assigns T, where T outlives the call (an attribute
// of self, cls or a class, or a name the file declares global or
// nonlocal). What runs inside it runs on first use only, once per process
// or instance: `if _client is None: _client = connect()`,
// `if not self.running: ... self.running = True`.
type Guard struct {
	// Body is the guarded block; Text the if line as written.
	Body source.Span
	Text string
}

// maxGuards bounds the guards open at once (their nesting).
const maxGuards = 16

// firstUseGuards finds the lazy-initialization guards of a Python file in
// one pass over its lines, in source order. A local name is not a guard:
// `if path is None: path = default()` runs on every call.
func firstUseGuards(src []byte) []Guard {
	if !bytes.Contains(src, []byte("if ")) || !(bytes.Contains(src, []byte(" is None")) || bytes.Contains(src, []byte("if not "))) {
		return nil
	}
	globals := declaredGlobals(src)
	type open struct {
		indent   int
		target   string
		text     string
		start    int
		assigned bool
	}
	var stack []open
	var out []Guard
	closeTo := func(indent, at int) {
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			g := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if g.assigned && at > g.start {
				out = append(out, Guard{Body: source.Span{Start: g.start, End: at}, Text: g.text})
			}
		}
	}
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if end >= 0 {
			next = off + end + 1
		}
		line := src[off:next]
		body := bytes.TrimLeft(line, " \t")
		text := strings.TrimRight(string(body), " \t\r\n")
		if text == "" || text[0] == '#' {
			off = next
			continue
		}
		indent := len(line) - len(body)
		closeTo(indent, off)
		for i := range stack {
			if assigns(text, stack[i].target) {
				stack[i].assigned = true
			}
		}
		if t, ok := guardTarget(text); ok && len(stack) < maxGuards && (persistent(t) || globals[t]) {
			stack = append(stack, open{indent: indent, target: t, text: text, start: next})
		}
		off = next
	}
	closeTo(-1, len(src))
	sort.Slice(out, func(i, j int) bool { return out[i].Body.Start < out[j].Body.Start })
	return out
}

// guardTarget reads `if not T:` and `if T is None:` (T a name or a dotted
// attribute).
func guardTarget(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "if ")
	if !ok {
		return "", false
	}
	rest, ok = strings.CutSuffix(strings.TrimSpace(rest), ":")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	var t string
	if n, ok := strings.CutPrefix(rest, "not "); ok {
		t = strings.TrimSpace(n)
	} else if n, ok := strings.CutSuffix(rest, " is None"); ok {
		t = strings.TrimSpace(n)
	}
	if t == "" || !dottedName(t) {
		return "", false
	}
	return t, true
}

// persistent tells an attribute that outlives the call: of self, cls, or
// a capitalised name (a class).
func persistent(t string) bool {
	head, _, dotted := strings.Cut(t, ".")
	return dotted && (head == "self" || head == "cls" || head != "" && head[0] >= 'A' && head[0] <= 'Z')
}

// assigns tells a line that assigns t: `t = ...`, `t: T = ...`, also as the
// last target of `a = t = ...`.
func assigns(line, t string) bool {
	rest, ok := strings.CutPrefix(line, t)
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(rest, ":") {
		_, after, found := strings.Cut(rest, "=")
		return found && !strings.HasPrefix(after, "=")
	}
	return strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "==")
}

// declaredGlobals are the names a global or nonlocal statement of the file
// names.
func declaredGlobals(src []byte) map[string]bool {
	out := map[string]bool{}
	for _, kw := range []string{"global ", "nonlocal "} {
		for rest := src; ; {
			i := bytes.Index(rest, []byte(kw))
			if i < 0 {
				break
			}
			lineStart := bytes.LastIndexByte(rest[:i], '\n') + 1
			line := rest[i+len(kw):]
			if j := bytes.IndexByte(line, '\n'); j >= 0 {
				line = line[:j]
			}
			if len(bytes.TrimSpace(rest[lineStart:i])) == 0 {
				for _, n := range strings.Split(string(line), ",") {
					if n = strings.TrimSpace(n); dottedName(n) && !strings.Contains(n, ".") {
						out[n] = true
					}
				}
			}
			rest = rest[i+len(kw):]
		}
	}
	return out
}

func dottedName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s[0] != '.' && s[len(s)-1] != '.' && !strings.Contains(s, "..")
}

// guardIndex finds the guard around an offset: guarded blocks nest or
// stand apart.
type guardIndex struct {
	guards []Guard
	nest   *source.Nest
}

func newGuardIndex(gs []Guard) guardIndex {
	spans := make([]source.Span, len(gs))
	for i, g := range gs {
		spans[i] = g.Body
	}
	return guardIndex{guards: gs, nest: source.NewNest(spans)}
}

// around is the outermost guard holding offset.
func (x guardIndex) around(offset int) (Guard, bool) {
	found := -1
	if x.nest == nil {
		return Guard{}, false
	}
	x.nest.Holding(source.Span{Start: offset, End: offset + 1}, func(i int) bool {
		found = i
		return true
	})
	if found < 0 {
		return Guard{}, false
	}
	return x.guards[found], true
}
