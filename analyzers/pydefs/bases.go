package pydefs

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
)

// classBases reads the base classes of a class from its header and resolves
// each through the file's bindings, as the front-end resolves callees:
// `class Store(Base, pkg.Mixin, Generic[T], metaclass=M):` gives the dotted
// names of Base, pkg.Mixin and Generic. The front-end keeps no bases, so
// this reads the header text between the class name and its body.
func classBases(ff *python.FileFacts, scope int, src []byte) []string {
	s := ff.Scopes[scope]
	if s.NameSpan.End <= 0 || s.NameSpan.End > s.Body.Start || s.Body.Start > len(src) {
		return nil
	}
	head := strings.TrimSpace(stripComments(string(src[s.NameSpan.End:s.Body.Start])))
	if strings.HasPrefix(head, "[") { // type parameters: class C[T](Base)
		head = strings.TrimSpace(head[closing(head)+1:])
	}
	if !strings.HasPrefix(head, "(") {
		return nil
	}
	end := closing(head)
	if end < 0 {
		return nil
	}
	var out []string
	for _, arg := range SplitTop(head[1:end]) {
		arg = strings.TrimSpace(arg)
		if i := strings.IndexByte(arg, '['); i >= 0 {
			arg = strings.TrimSpace(arg[:i])
		}
		if arg == "" || strings.ContainsAny(arg, "=*") || !dotted(arg) {
			continue
		}
		first, rest, _ := strings.Cut(arg, ".")
		v, ok := lookupName(ff, first, s.Parent, s.Span.Start)
		if !ok {
			v = first
		}
		if v == "" {
			continue // bound to something unknown
		}
		if rest != "" {
			v += "." + rest
		}
		out = append(out, v)
	}
	return out
}

// lookupName resolves a bare name used at offset in scope the way the
// front-end does: the nearest scope binding it (class bodies above the first
// are skipped), its last binding before offset or else its first after.
func lookupName(ff *python.FileFacts, name string, scope, offset int) (string, bool) {
	first := true
	for {
		if first || scope < 0 || ff.Scopes[scope].Kind != python.Class {
			var before, after *python.Binding
			for i := range ff.Bindings {
				b := &ff.Bindings[i]
				if b.Name != name || b.Scope != scope {
					continue
				}
				if b.Span.Start <= offset {
					if before == nil || b.Span.Start >= before.Span.Start {
						before = b
					}
				} else if after == nil || b.Span.Start < after.Span.Start {
					after = b
				}
			}
			if before != nil {
				return before.Value, true
			}
			if after != nil {
				return after.Value, true
			}
		}
		if scope < 0 {
			return "", false
		}
		scope = ff.Scopes[scope].Parent
		first = false
	}
}

// closing is the index of the bracket closing s[0], or -1.
func closing(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// SplitTop splits a list at the commas outside brackets and strings:
// "a, f(b, c), 'd,e'" gives "a", " f(b, c)", " 'd,e'".
func SplitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == '\\' {
				i++
			} else if ch == quote {
				quote = 0
			}
		case ch == '"' || ch == '\'':
			quote = ch
		case ch == '(' || ch == '[' || ch == '{':
			depth++
		case ch == ')' || ch == ']' || ch == '}':
			depth--
		case ch == ',' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func stripComments(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if j := strings.IndexByte(l, '#'); j >= 0 {
			lines[i] = l[:j]
		}
	}
	return strings.Join(lines, "\n")
}

// Dotted tells a dotted name of identifiers: "a", "pkg.mod.Cls".
func Dotted(s string) bool { return s != "" && dotted(s) }

func dotted(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
		for i, r := range part {
			if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}
