package pydefs

import (
	"path"
	"strings"
	"sync"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// Def is one def, async def or class of the repository: a scope of a
// file's facts.
type Def struct {
	FF    *python.FileFacts
	Scope int
}

// S is the definition's scope.
func (d Def) S() python.Scope { return d.FF.Scopes[d.Scope] }

// Index names every definition of the repository by qualified name and
// resolves the front-end's dotted callees to them.
type Index struct {
	// exact holds definitions under their front-end Qual; alias under the
	// longer names a namespace package (a folder without __init__.py) gives
	// them, and the shorter names of code run from a subfolder. Both keep every definition of a name, in path then source order.
	exact, alias map[string][]Def
	// rooted names definitions by their module below an import root
	// (roots.go); lookup asks it first.
	rooted rootedNames
	// longest is the longest name in exact and alias: a callee longer
	// than a class, "()." and a method name cannot resolve, and is not
	// hashed (the calls of a long chain would cost its square).
	longest int
	// values maps a module-level name ("app.cache.redis_client") to what
	// it is bound to ("redis.Redis()"), for Expand; classAttrs holds the
	// names class bodies bind.
	values     map[string]nameValue
	classAttrs map[attrKey]bool
	// bases caches the resolved base classes of each class definition.
	bases map[Def][]string
	mu    sync.Mutex
	// memo caches Expand's rewrite of each head it met.
	memo   map[string]step
	memoMu sync.Mutex
	src    func(path string) []byte
}

// NewIndex indexes the definitions of py; src gives a file's source.
func NewIndex(py *python.Result, mf *manifest.Result, src func(path string) []byte) *Index {
	x := &Index{exact: map[string][]Def{}, alias: map[string][]Def{}, values: map[string]nameValue{}, classAttrs: map[attrKey]bool{},
		bases: map[Def][]string{}, memo: map[string]step{}, src: src}
	for _, p := range py.Paths {
		ff := py.Files[p]
		if ff.Module == "" {
			// A root __init__.py: its names would look like builtins.
			continue
		}
		prefixes := namespacePrefixes(ff.Path, ff.Module)
		x.addValues(ff, append([]string{ff.Module}, prefixes...))
		for i, s := range ff.Scopes {
			if s.Kind == python.Lambda || s.Qual == "" {
				continue
			}
			d := Def{FF: ff, Scope: i}
			x.exact[s.Qual] = append(x.exact[s.Qual], d)
			x.longest = max(x.longest, len(s.Qual))
			rest := strings.TrimPrefix(s.Qual, ff.Module)
			for _, pre := range prefixes {
				x.alias[pre+rest] = append(x.alias[pre+rest], d)
				x.longest = max(x.longest, len(pre+rest))
			}
		}
	}
	x.addRooted(py, FindRoots(py.Paths, mf, src))
	return x
}

// namespacePrefixes are the longer module names a file can be imported
// under when the folders above its top package have no __init__.py
// (namespace packages): "src/pkg/mod.py" with module "mod" is also
// "pkg.mod" and "src.pkg.mod".
//
// It also gives the shorter names a file has when the repository runs from
// a subfolder (`backend/app/ws.py`, a package `backend.app.ws`, imported
// as `app.ws` by code that runs in backend/): the module without its first
// packages, down to two parts.
func namespacePrefixes(p, module string) []string {
	out := namespaceLonger(p, module)
	for parts := strings.Split(module, "."); len(parts) > 2; {
		parts = parts[1:]
		out = append(out, strings.Join(parts, "."))
	}
	return out
}

func namespaceLonger(p, module string) []string {
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
func (x *Index) lookup(qual string) (Def, bool) {
	if d, ok, known := x.rooted.lookup(qual); known {
		return d, ok
	}
	if d, ok := unique(x.exact[qual]); ok {
		return d, true
	}
	if len(x.exact[qual]) > 0 {
		return Def{}, false
	}
	return unique(x.alias[qual])
}

func unique(ds []Def) (Def, bool) {
	if len(ds) == 0 {
		return Def{}, false
	}
	for _, d := range ds[1:] {
		if d.FF != ds[0].FF {
			return Def{}, false
		}
	}
	best := ds[0]
	for _, d := range ds[1:] {
		if d.S().Span.Start > best.S().Span.Start {
			best = d
		}
	}
	return best, true
}

func (x *Index) class(qual string) (Def, bool) {
	d, ok := x.lookup(qual)
	return d, ok && d.S().Kind == python.Class
}

// Resolve finds the function a resolved callee runs, if it is one of the
// repository's:
//   - pkg.mod.f, pkg.mod.Cls.m (also self.m() and cls.m(), which the
//     front-end resolves to the enclosing class);
//   - pkg.mod.Cls: constructing a class runs its __init__;
//   - pkg.mod.Cls().m: a method called on a fresh instance;
//   - methods inherited from repository base classes, found by name;
//   - any of these reached through Expand: a method of what a repository
//     factory returns, or of a module-level instance of another module.
func (x *Index) Resolve(callee string) (Def, bool) {
	if d, ok := x.resolve(callee); ok {
		return d, true
	}
	if e := x.Expand(callee); e.Callee != callee {
		return x.resolve(e.Callee)
	}
	return Def{}, false
}

func (x *Index) resolve(callee string) (Def, bool) {
	if callee == "" || len(callee) > 2*x.longest+3 {
		return Def{}, false
	}
	if d, ok := x.lookup(callee); ok {
		if d.S().IsFunction() {
			return d, true
		}
		if d.S().Kind == python.Class {
			return x.method(d, "__init__")
		}
		return Def{}, false
	}
	owner, name := callee, ""
	if i := strings.LastIndexByte(callee, '.'); i > 0 {
		owner, name = callee[:i], callee[i+1:]
	}
	if name == "" || strings.ContainsAny(name, "()") {
		return Def{}, false
	}
	owner = strings.TrimSuffix(owner, "()")
	if strings.Contains(owner, "()") {
		return Def{}, false
	}
	if cls, ok := x.class(owner); ok {
		return x.method(cls, name)
	}
	return Def{}, false
}

// ResolveCall is Resolve for one call of a file, which also resolves
// super().m() inside a method to m on the enclosing class's bases.
func (x *Index) ResolveCall(ff *python.FileFacts, c *python.Call) (Def, bool) {
	name, ok := strings.CutPrefix(c.Callee, "super().")
	if !ok {
		return x.Resolve(c.Callee)
	}
	fn, ok := Owner(ff, c.Scope)
	if !ok || strings.ContainsAny(name, ".()") {
		return Def{}, false
	}
	cls := ff.Scopes[fn].Parent
	if cls < 0 || ff.Scopes[cls].Kind != python.Class {
		return Def{}, false
	}
	var bases []Def
	for _, b := range x.basesOf(Def{FF: ff, Scope: cls}) {
		if d, ok := x.class(b); ok {
			bases = append(bases, d)
		}
	}
	return x.search(bases, name)
}

// method finds name on cls or, failing that, on its repository bases.
func (x *Index) method(cls Def, name string) (Def, bool) {
	return x.search([]Def{cls}, name)
}

// search looks for name on each class in order and its repository bases,
// depth first and left to right (Python's order when there is no diamond).
func (x *Index) search(classes []Def, name string) (found Def, ok bool) {
	x.hierarchy(classes, func(c Def) bool {
		if d, defined := x.lookup(c.S().Qual + "." + name); defined && d.S().Parent == c.Scope && d.FF == c.FF {
			// A nested class or an attribute-like name ends the search too.
			found, ok = d, d.S().IsFunction()
			return false
		}
		return true
	})
	if !ok {
		return Def{}, false
	}
	return found, true
}

// hierarchy visits each class and its repository bases, depth first and
// left to right, until visit returns false. It stops at a class seen
// twice, so cyclic or self-referencing bases end.
func (x *Index) hierarchy(classes []Def, visit func(Def) bool) {
	seen := map[Def]bool{}
	stack := make([]Def, 0, len(classes))
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
		if !visit(c) {
			return
		}
		bs := x.basesOf(c)
		for i := len(bs) - 1; i >= 0; i-- {
			if b, ok := x.class(bs[i]); ok {
				stack = append(stack, b)
			}
		}
	}
}

func (x *Index) basesOf(c Def) []string {
	x.mu.Lock()
	defer x.mu.Unlock()
	if bs, ok := x.bases[c]; ok {
		return bs
	}
	bs := classBases(c.FF, c.Scope, x.src(c.FF.Path))
	x.bases[c] = bs
	return bs
}
