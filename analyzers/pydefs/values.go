package pydefs

import (
	"path"
	"slices"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Expansion is a callee with its leading part rewritten to what the
// repository's own definitions make of it, and the definitions followed.
type Expansion struct {
	// Callee is the rewritten callee ("redis.Redis.from_url().set" for
	// "app.cache.get_cache().set"); the callee itself when nothing applies.
	Callee string `json:"callee"`
	// Via are the definitions followed, in the order they were applied.
	Via []Origin `json:"via,omitempty"`
}

// Origin is one definition an expansion followed: a factory's return
// annotation or return value, a module-level name's binding, or a class
// whose library base stands in for it.
type Origin struct {
	Path string      `json:"path"`
	Span source.Span `json:"span"`
	// Name is the qualified name followed: "app.cache.get_cache",
	// "app.cache.redis_client", "app.cache.Cache".
	Name string `json:"name"`
	// Text is the source line holding Span, trimmed.
	Text string `json:"text"`
}

// nameValue is what a module-level name is bound to, and where.
type nameValue struct {
	value string
	ff    *python.FileFacts
	span  source.Span
}

// attrKey is a name bound in a class body.
type attrKey struct {
	ff    *python.FileFacts
	scope int
	name  string
}

// step is one rewrite: the first n bytes of a callee become to.
type step struct {
	n    int
	to   string
	from Origin
}

// Bounds that keep an expansion linear in the callee: heads longer than
// maxHead are not looked at, at most maxExpandSteps rewrites apply (a
// factory returning a factory's result; cycles end there), and callees
// longer than maxCallee (chains no table follows that far) are left as
// they are, so the calls of one long chain do not each copy it.
const (
	maxHead        = 256
	maxExpandSteps = 8
	maxCallee      = 4096
)

// neutralBases are bases that say nothing about what a class does.
var neutralBases = map[string]bool{
	"object": true, "builtins.object": true, "abc.ABC": true, "typing.Generic": true,
	"typing.Protocol": true, "typing_extensions.Protocol": true, "typing_extensions.Generic": true,
}

// addValues records a file's module-level names bound to a value (under
// the file's module and its other names) and the names its class bodies
// bind. Values are calls and instances ("redis.Redis()",
// "app.cache.get_cache()"), aliases assigned (`SessionDep =
// Annotated[Session, ...]` gives "sqlmodel.Session"), and in a package's
// __init__.py also the names it re-exports; other imports are left out, as
// they are most of a file's names.
func (x *Index) addValues(ff *python.FileFacts, modules []string) {
	reexports := path.Base(ff.Path) == "__init__.py"
	src := x.src(ff.Path)
	for _, b := range ff.Bindings {
		if b.Scope >= 0 {
			if ff.Scopes[b.Scope].Kind == python.Class {
				x.classAttrs[attrKey{ff, b.Scope, b.Name}] = true
			}
			continue
		}
		if !reexports && !strings.Contains(b.Value, "()") && b.Value != "" && !assigned(src, b.Span.End) {
			continue
		}
		for _, m := range modules {
			k := m + "." + b.Name
			if b.Value == k {
				continue // a def or class: the index has it
			}
			if old, seen := x.values[k]; seen && (old.value != b.Value || old.ff != ff) {
				x.values[k] = nameValue{} // two files or two values: unknown
				continue
			}
			x.values[k] = nameValue{b.Value, ff, b.Span}
		}
	}
}

// assigned tells whether the name ending at end is an assignment's target
// (`name = ...`, `name: T = ...`) rather than an import's.
func assigned(src []byte, end int) bool {
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return end < len(src) && (src[end] == '=' || src[end] == ':')
}

// Expand rewrites the leading part of a resolved callee, repeatedly, when
// it is:
//   - a call of a repository function whose return is known:
//     "app.cache.get_cache().set" -> "redis.Redis.from_url().set"; also a
//     method of a repository class, "app.Svc().repo().save";
//   - a module-level name bound to a value: "app.cache.redis_client.get"
//     -> "redis.Redis().get";
//   - a repository class whose hierarchy does not define the method or
//     attribute used, and whose bases reach one library class:
//     "app.Cache().get" -> "redis.Redis().get", "app.models.Order" ->
//     "django.db.models.Model".
//
// It costs the callee's length per rewrite; each head is worked out once.
func (x *Index) Expand(callee string) Expansion {
	e := Expansion{Callee: callee}
	if len(callee) > maxCallee {
		return e
	}
	for range maxExpandSteps {
		h, lead, ok := head(e.Callee)
		if !ok {
			break
		}
		s, ok := x.memoStep(h, lead)
		if !ok {
			break
		}
		e.Callee = s.to + e.Callee[s.n:]
		e.Via = append(e.Via, s.from)
	}
	return e
}

// head is the part of a callee a rewrite can read: the leading dotted name
// (lead bytes), then "()", a ".name" and "()" when they follow.
func head(s string) (h string, lead int, ok bool) {
	lead = strings.IndexAny(s[:min(len(s), maxHead+1)], "()[]/")
	if lead < 0 {
		lead = min(len(s), maxHead+1)
	}
	if lead == 0 || lead > maxHead {
		return "", 0, false
	}
	end := lead
	if strings.HasPrefix(s[end:], "()") {
		end += 2
	}
	if end > lead && end < len(s) && s[end] == '.' {
		j := end + 1
		for j < len(s) && j-end <= maxHead && !strings.ContainsRune(".()[]/", rune(s[j])) {
			j++
		}
		end = j
		if strings.HasPrefix(s[end:], "()") {
			end += 2
		}
	}
	return s[:end], lead, true
}

func (x *Index) memoStep(h string, lead int) (step, bool) {
	x.memoMu.Lock()
	s, seen := x.memo[h]
	x.memoMu.Unlock()
	if seen {
		return s, s.n > 0
	}
	s, _ = x.rewrite(h, lead)
	x.memoMu.Lock()
	x.memo[h] = s
	x.memoMu.Unlock()
	return s, s.n > 0
}

// rewrite finds the longest prefix of the leading name that the
// repository defines, and what it stands for.
func (x *Index) rewrite(h string, lead int) (step, bool) {
	for p := lead; p > 0; p = strings.LastIndexByte(h[:p], '.') {
		name, rest := h[:p], h[p:]
		if v, ok := x.values[name]; ok && v.value != "" && v.value != name {
			return step{n: p, to: v.value, from: x.origin(v.ff, v.span, name)}, true
		}
		if len(x.exact[name]) == 0 && len(x.alias[name]) == 0 {
			continue
		}
		d, ok := x.lookup(name)
		switch {
		case !ok:
		case d.S().IsFunction():
			if strings.HasPrefix(rest, "()") && d.S().Returns != "" {
				return step{n: p + 2, to: d.S().Returns, from: x.origin(d.FF, d.S().ReturnsAt, d.S().Qual)}, true
			}
		case d.S().Kind == python.Class:
			return x.classStep(d, h, p)
		}
		return step{}, false
	}
	return step{}, false
}

// classStep rewrites a use of the repository class d named by h[:p]: a
// method of its hierarchy that returns a known value, or, when the
// hierarchy does not define what is used, the one library class its bases
// reach.
func (x *Index) classStep(d Def, h string, p int) (step, bool) {
	rest := h[p:]
	member, n := "__init__", p
	if r, ok := strings.CutPrefix(rest, "()"); ok {
		rest, n = r, n+2
		if rest == "" {
			return step{}, false // calling an instance: __call__
		}
	}
	if rest != "" {
		member, rest = rest[1:], ""
		if i := strings.IndexAny(member, ".("); i >= 0 {
			member, rest = member[:i], member[i:]
		}
		n += 1 + len(member)
	}
	m, defined, base := x.member(d, member)
	switch {
	case m != (Def{}) && m.S().Returns != "" && rest == "()":
		return step{n: n + 2, to: m.S().Returns, from: x.origin(m.FF, m.S().ReturnsAt, m.S().Qual)}, true
	case defined || base == "":
		return step{}, false
	}
	return step{n: p, to: base, from: x.origin(d.FF, d.S().NameSpan, d.S().Qual)}, true
}

// member looks for name on cls and its repository bases, depth first and
// left to right: the def found (zero when it is not a function), whether
// anything of that name is defined (a def, a nested class, a class-body
// name), and otherwise the one library class the hierarchy reaches ("" for
// none or several).
func (x *Index) member(cls Def, name string) (fn Def, defined bool, base string) {
	var libs []string
	x.hierarchy([]Def{cls}, func(c Def) bool {
		if d, ok := x.lookup(c.S().Qual + "." + name); ok && d.S().Parent == c.Scope && d.FF == c.FF {
			if d.S().IsFunction() {
				fn = d
			}
			defined = true
			return false
		}
		if x.classAttrs[attrKey{c.FF, c.Scope, name}] {
			defined = true
			return false
		}
		for _, b := range x.basesOf(c) {
			if _, repo := x.class(b); !repo && !neutralBases[b] && !slices.Contains(libs, b) {
				libs = append(libs, b)
			}
		}
		return true
	})
	if !defined && len(libs) == 1 {
		base = libs[0]
	}
	return fn, defined, base
}

// origin names a definition followed, with its source line.
func (x *Index) origin(ff *python.FileFacts, sp source.Span, name string) Origin {
	return Origin{Path: ff.Path, Span: sp, Name: name, Text: lineAt(x.src(ff.Path), sp.Start)}
}

// maxLine bounds the text an origin keeps of its line.
const maxLine = 160

// lineAt is the line of src holding offset, trimmed, at most maxLine bytes.
func lineAt(src []byte, offset int) string {
	if offset < 0 || offset > len(src) {
		return ""
	}
	start, end := offset, offset
	for start > 0 && src[start-1] != '\n' && src[start-1] != '\r' && offset-start < maxLine {
		start--
	}
	for end < len(src) && src[end] != '\n' && src[end] != '\r' && end-start < maxLine {
		end++
	}
	return strings.TrimSpace(string(src[start:end]))
}
