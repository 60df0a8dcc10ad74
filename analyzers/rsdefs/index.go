package rsdefs

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// Index names every fn of the repository by its full path (crate, module,
// inline modules, impl type, enclosing fns, name: "app::db::Pool::load")
// and resolves the front-end's callees to them.
type Index struct {
	// exact holds fns under their full path; alias holds methods under the
	// path of their impl's type when the file imports that type
	// (`use crate::model::User; impl User { .. }` in another module).
	exact, alias map[string][]Def
	places       map[string]place
	// modules is, for each file, the inline module path of each scope
	// ("" outside inline modules): where its calls' paths start from.
	modules map[*rust.FileFacts][]string
	crates  *crates
	// types are the type paths (exact, then imported) a constructor's impl
	// is indexed under, for the methods of the value it returns: a method
	// fn whose signature returns Self or its type (also in a Result or
	// Option).
	types map[Def][]string
	// reexports are the names use declarations bring into each file's
	// module, by full path.
	reexports map[string]reexport
}

// NewIndex indexes the fns of rs, placing files in the crates mf declares;
// src gives a file's source, where constructors' signatures are read.
func NewIndex(rs *rust.Result, mf *manifest.Result, src func(path string) []byte) *Index {
	x := &Index{exact: map[string][]Def{}, alias: map[string][]Def{}, places: map[string]place{},
		modules: map[*rust.FileFacts][]string{}, crates: newCrates(mf, rs.Paths), types: map[Def][]string{}, reexports: map[string]reexport{}}
	for _, p := range rs.Paths {
		ff := rs.Files[p]
		pl := x.crates.placeOf(p)
		x.places[p] = pl
		mods := inlineModules(ff)
		x.modules[ff] = mods
		uses := usesByName(ff)
		x.addReexports(ff, pl.prefix())
		text := src(p)
		for i, s := range ff.Scopes {
			if s.Qual == "" || s.Kind != rust.Fn && s.Kind != rust.AsyncFn {
				continue
			}
			d := Def{FF: ff, Scope: i}
			full := rust.JoinPath(pl.prefix(), s.Qual)
			x.exact[full] = append(x.exact[full], d)
			if s.Impl == "" || s.Parent >= 0 {
				continue
			}
			ctor := s.NameSpan.End <= s.Body.Start && s.Body.Start <= len(text) &&
				returnsSelf(string(text[s.NameSpan.End:s.Body.Start]), lastSegment(s.Impl))
			if ctor {
				x.types[d] = append(x.types[d], parentPath(full))
			}
			if t, ok := x.importedImpl(ff, uses, i, mods[i]); ok {
				x.alias[t+"::"+s.Name] = append(x.alias[t+"::"+s.Name], d)
				if ctor {
					x.types[d] = append(x.types[d], t)
				}
			}
		}
	}
	return x
}

// inlineModules gives each scope the inline module path its outermost fn
// is declared in: that fn's Qual without its name and, for a method,
// without its impl type (taken to be the impl's last segment). Parents
// come before their children, so one pass settles every scope.
func inlineModules(ff *rust.FileFacts) []string {
	mods := make([]string, len(ff.Scopes))
	for i, s := range ff.Scopes {
		if s.Parent >= 0 && s.Parent < i {
			mods[i] = mods[s.Parent]
			continue
		}
		q := s.Qual
		if s.Impl != "" {
			q = s.Impl
		}
		mods[i] = parentPath(q)
	}
	return mods
}

// parentPath drops a path's last segment: "a::b::c" is "a::b", "c" is "".
func parentPath(p string) string {
	if i := strings.LastIndex(p, "::"); i >= 0 {
		return p[:i]
	}
	return ""
}

// lastSegment is the name a path ends with.
func lastSegment(p string) string {
	if i := strings.LastIndex(p, "::"); i >= 0 {
		return p[i+2:]
	}
	return p
}

// maxUsesOfName bounds how many use declarations of one name importedImpl
// looks through, so a file importing one name in thousands of blocks stays
// linear; real files import a type once or twice.
const maxUsesOfName = 8

// usesByName lists the file's use bindings by the name they bind, up to
// maxUsesOfName each.
func usesByName(ff *rust.FileFacts) map[string][]int {
	out := map[string][]int{}
	for i, b := range ff.Bindings {
		if b.Kind == rust.Use && b.Value != "" && len(out[b.Name]) < maxUsesOfName {
			out[b.Name] = append(out[b.Name], i)
		}
	}
	return out
}

// importedImpl is the full path of the type of a method's impl when the
// file names that type by a `use` visible at the impl, so that its methods
// are also found where the type is declared.
func (x *Index) importedImpl(ff *rust.FileFacts, uses map[string][]int, scope int, mod string) (string, bool) {
	s := ff.Scopes[scope]
	for _, i := range uses[lastSegment(s.Impl)] {
		if b := ff.Bindings[i]; b.Visible.Contains(s.Span) {
			cands := x.candidates(ff.Path, mod, b.Value)
			if len(cands) > 0 {
				return cands[0], true
			}
		}
	}
	return "", false
}

// Place is where a file's items are named: crate, then module ("app::db").
func (x *Index) Place(path string) string { return x.places[path].prefix() }

// DisplayName is a fn's path inside its crate: "load", "db::load",
// "db::Pool::load".
func (x *Index) DisplayName(d Def) string {
	return rust.JoinPath(x.places[d.FF.Path].module, d.S().Qual)
}

// ResolveCall finds the fn of the repository a call runs, when its callee
// names exactly one:
//   - a path, through the file's use declarations (the front-end resolves
//     them): `crate::db::load`, `db::load` after `use crate::db;` or with
//     `mod db;` in the module, `super::f`, `self::f`, a fn of the same
//     module, `Type::f` and `Self::f`, `other_crate::x::f` for a library of
//     the repository's workspace, names from glob imports;
//   - a method of self in an impl (`self.helper()`), or of a value whose
//     type the front-end knows (a typed parameter or field).
//
// Methods of values of unknown type are not resolved, even when only one
// impl defines that name: a trait method, or a method of a library type,
// would be taken for it. Two fns of one path (in two files, or cfg
// variants in one) resolve to nothing.
func (x *Index) ResolveCall(ff *rust.FileFacts, c *rust.Call) (Def, bool) {
	mod := ""
	if mods := x.modules[ff]; c.Scope >= 0 && c.Scope < len(mods) {
		mod = mods[c.Scope]
	}
	p, ok := calleePath(c.Callee)
	if !ok {
		return x.resolveOnConstructed(ff.Path, mod, c.Callee)
	}
	if d, found, ok := x.resolve(ff.Path, mod, p); found {
		return d, ok
	}
	// A name no item binds may come from a glob import: followed when
	// exactly one glob gives it, among a bounded number in sight.
	var only Def
	n := 0
	if len(c.Globs) > maxGlobs {
		return Def{}, false
	}
	for _, g := range c.Globs {
		if d, found, ok := x.resolve(ff.Path, mod, g+"::"+p); found {
			if !ok || n > 0 && d != only {
				return Def{}, false
			}
			only, n = d, 1
		}
	}
	return only, n == 1
}

// resolveOnConstructed resolves a method called on what a constructor of
// the repository returns ("Store::new().load", also after
// `let s = Store::open(p)?;`): a method of the constructor's type.
func (x *Index) resolveOnConstructed(file, mod, callee string) (Def, bool) {
	ctor, method, ok := strings.Cut(callee, "().")
	if !ok || method == "" || strings.ContainsAny(method, "<>().: ") {
		return Def{}, false
	}
	p, ok := calleePath(ctor)
	if !ok {
		return Def{}, false
	}
	d, found, ok := x.resolve(file, mod, p)
	if !found || !ok {
		return Def{}, false
	}
	for _, t := range x.types[d] {
		if ds := x.direct(t + "::" + method); len(ds) > 0 {
			return ds[0], len(ds) == 1
		}
	}
	return Def{}, false
}

// maxGlobs bounds the glob imports a bare name is looked up in, so that a
// file with thousands of them in sight of thousands of calls stays linear.
const maxGlobs = 32

// calleePath turns a callee into a path: "<T>.m" (a method on a value of
// type T) is "T::m"; a path stays; other chains are not paths.
func calleePath(callee string) (string, bool) {
	if t, rest, ok := strings.Cut(callee, ">."); ok && strings.HasPrefix(t, "<") {
		t = t[1:]
		if t == "" || strings.ContainsAny(t, "<>().") || rest == "" || strings.ContainsAny(rest, "<>().:") {
			return "", false
		}
		return t + "::" + rest, true
	}
	if callee == "" || strings.ContainsAny(callee, "<>(). ") {
		return "", false
	}
	return callee, true
}

// resolve finds the fn a path written in a file's inline module mod names.
// found tells whether some candidate named any fn; ok whether exactly one.
func (x *Index) resolve(file, mod, p string) (d Def, found, ok bool) {
	for _, full := range x.candidates(file, mod, p) {
		if ds := x.lookup(full); len(ds) > 0 {
			return ds[0], true, len(ds) == 1
		}
	}
	return Def{}, false, false
}

// candidates are the full paths a path can stand for, in the order Rust
// looks: crate::, self:: and super:: are relative to the crate root and
// the current module; another library of the workspace by its name;
// otherwise an item of the current module. The front-end writes fns bound
// by name as their Qual in the file (inline modules included), so the
// file's module is tried after the current inline module.
func (x *Index) candidates(file, mod, p string) []string {
	pl, known := x.places[file]
	if !known {
		return nil
	}
	here := rust.JoinPath(pl.module, mod)
	first, rest, _ := strings.Cut(p, "::")
	switch first {
	case "crate":
		return []string{rust.JoinPath(pl.crate, rest)}
	case "self":
		return []string{rust.JoinPath(rust.JoinPath(pl.crate, here), rest)}
	case "super":
		segs := splitPath(here)
		for first == "super" {
			if len(segs) == 0 {
				return nil // above the crate root
			}
			segs = segs[:len(segs)-1]
			first, rest, _ = strings.Cut(rest, "::")
		}
		return []string{rust.JoinPath(rust.JoinPath(pl.crate, strings.Join(segs, "::")), rust.JoinPath(first, rest))}
	case "Self", "":
		return nil
	}
	out := []string{rust.JoinPath(rust.JoinPath(pl.crate, here), p)}
	if mod != "" {
		out = append(out, rust.JoinPath(pl.prefix(), p))
	}
	if c, ok := x.crates.crateNamed(first); ok && rest != "" {
		out = append(out, rust.JoinPath(c, rest))
	}
	return out
}

func splitPath(p string) []string {
	if p == "" {
		return nil
	}
	return strings.Split(p, "::")
}
