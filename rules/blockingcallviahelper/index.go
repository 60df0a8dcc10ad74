package blockingcallviahelper

import (
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/python"
)

// def is one def, async def or class of the repository.
type def struct {
	ff    *python.FileFacts
	scope int
}

func (d def) s() python.Scope { return d.ff.Scopes[d.scope] }

// index names every definition of the repository by qualified name and
// resolves the front-end's dotted callees to them.
type index struct {
	// exact holds definitions under their front-end Qual; alias under the
	// longer names a namespace package (a folder without __init__.py) gives
	// them. Both keep every definition of a name, in path then source order.
	exact, alias map[string][]def
	// bases caches the resolved base classes of each class definition.
	bases map[def][]string
	src   func(path string) []byte
}

func newIndex(py *python.Result, src func(path string) []byte) *index {
	x := &index{exact: map[string][]def{}, alias: map[string][]def{}, bases: map[def][]string{}, src: src}
	for _, p := range py.Paths {
		ff := py.Files[p]
		if ff.Module == "" {
			// A root __init__.py: its names would look like builtins.
			continue
		}
		prefixes := namespacePrefixes(ff.Path, ff.Module)
		for i, s := range ff.Scopes {
			if s.Kind == python.Lambda || s.Qual == "" {
				continue
			}
			d := def{ff, i}
			x.exact[s.Qual] = append(x.exact[s.Qual], d)
			rest := strings.TrimPrefix(s.Qual, ff.Module)
			for _, pre := range prefixes {
				x.alias[pre+rest] = append(x.alias[pre+rest], d)
			}
		}
	}
	return x
}

// namespacePrefixes are the longer module names a file can be imported
// under when the folders above its top package have no __init__.py
// (namespace packages): "src/pkg/mod.py" with module "mod" is also
// "pkg.mod" and "src.pkg.mod".
func namespacePrefixes(p, module string) []string {
	p = strings.TrimSuffix(p, ".py")
	if path.Base(p) == "__init__" {
		p = path.Dir(p)
	}
	parts := strings.Split(p, "/")
	n := strings.Count(module, ".") + 1
	if n > len(parts) || strings.Join(parts[len(parts)-n:], ".") != module {
		return nil
	}
	var out []string
	for k := len(parts) - n - 1; k >= 0; k-- {
		out = append(out, strings.Join(parts[k:], "."))
	}
	return out
}

// lookup finds the definition a qualified name stands for. A name defined
// in several files is ambiguous and resolves to nothing; defined several
// times in one file, the last definition wins, as it does when the module
// runs top to bottom (and as with typing.overload stubs).
func (x *index) lookup(qual string) (def, bool) {
	if d, ok := unique(x.exact[qual]); ok {
		return d, true
	}
	if len(x.exact[qual]) > 0 {
		return def{}, false
	}
	return unique(x.alias[qual])
}

func unique(ds []def) (def, bool) {
	if len(ds) == 0 {
		return def{}, false
	}
	for _, d := range ds[1:] {
		if d.ff != ds[0].ff {
			return def{}, false
		}
	}
	best := ds[0]
	for _, d := range ds[1:] {
		if d.s().Span.Start > best.s().Span.Start {
			best = d
		}
	}
	return best, true
}

func (x *index) class(qual string) (def, bool) {
	d, ok := x.lookup(qual)
	return d, ok && d.s().Kind == python.Class
}

// resolve finds the function a resolved callee runs, if it is one of the
// repository's:
//   - pkg.mod.f, pkg.mod.Cls.m (also self.m() and cls.m(), which the
//     front-end resolves to the enclosing class);
//   - pkg.mod.Cls: constructing a class runs its __init__;
//   - pkg.mod.Cls().m: a method called on a fresh instance;
//   - methods inherited from repository base classes, found by name.
func (x *index) resolve(callee string) (def, bool) {
	if callee == "" {
		return def{}, false
	}
	if d, ok := x.lookup(callee); ok {
		if d.s().IsFunction() {
			return d, true
		}
		if d.s().Kind == python.Class {
			return x.method(d, "__init__")
		}
		return def{}, false
	}
	owner, name := callee, ""
	if i := strings.LastIndexByte(callee, '.'); i > 0 {
		owner, name = callee[:i], callee[i+1:]
	}
	if name == "" || strings.ContainsAny(name, "()") {
		return def{}, false
	}
	owner = strings.TrimSuffix(owner, "()")
	if strings.Contains(owner, "()") {
		return def{}, false
	}
	if cls, ok := x.class(owner); ok {
		return x.method(cls, name)
	}
	return def{}, false
}

// resolveCall is resolve for one call of a file, which also resolves
// super().m() inside a method to m on the enclosing class's bases.
func (x *index) resolveCall(ff *python.FileFacts, c *python.Call) (def, bool) {
	name, ok := strings.CutPrefix(c.Callee, "super().")
	if !ok {
		return x.resolve(c.Callee)
	}
	fn, ok := owner(ff, c.Scope)
	if !ok || strings.ContainsAny(name, ".()") {
		return def{}, false
	}
	cls := ff.Scopes[fn].Parent
	if cls < 0 || ff.Scopes[cls].Kind != python.Class {
		return def{}, false
	}
	var bases []def
	for _, b := range x.basesOf(def{ff, cls}) {
		if d, ok := x.class(b); ok {
			bases = append(bases, d)
		}
	}
	return x.search(bases, name)
}

// method finds name on cls or, failing that, on its repository bases.
func (x *index) method(cls def, name string) (def, bool) {
	return x.search([]def{cls}, name)
}

// search looks for name on each class in order and its repository bases,
// depth first and left to right (Python's order when there is no diamond).
// It stops at a class seen twice, so cyclic or self-referencing bases end.
func (x *index) search(classes []def, name string) (def, bool) {
	seen := map[def]bool{}
	stack := make([]def, 0, len(classes))
	for i := len(classes) - 1; i >= 0; i-- {
		stack = append(stack, classes[i])
	}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[c] {
			continue
		}
		seen[c] = true
		if d, ok := x.lookup(c.s().Qual + "." + name); ok && d.s().Parent == c.scope && d.ff == c.ff {
			if d.s().IsFunction() {
				return d, true
			}
			return def{}, false // a nested class or an attribute-like name
		}
		bs := x.basesOf(c)
		for i := len(bs) - 1; i >= 0; i-- {
			if b, ok := x.class(bs[i]); ok {
				stack = append(stack, b)
			}
		}
	}
	return def{}, false
}

func (x *index) basesOf(c def) []string {
	if bs, ok := x.bases[c]; ok {
		return bs
	}
	bs := classBases(c.ff, c.scope, x.src(c.ff.Path))
	x.bases[c] = bs
	return bs
}
