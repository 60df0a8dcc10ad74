package native

import (
	"path"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

type builder struct {
	set *source.Set
	mf  *manifest.Result
	py  *python.Result
	rs  *rust.Result
	res *Result
	// byManifest finds a crate by its Cargo.toml path.
	byManifest map[string]*Crate
	// cythonDirs are module prefixes a cythonize glob declares.
	cythonDirs []string
	// unknownPath is set when a RustExtension's path is not a literal:
	// it may build any crate.
	unknownPath bool
	// commented is commented-out build configuration; misdirected are
	// maturin configurations whose manifest does not exist.
	commented, misdirected []Evidence
	// setupPys are the repository's setup.py files, for evidence.
	setupPys []Evidence
}

// crates finds the Python extension crates: a Cargo.toml depending on
// pyo3 or rust-cpython whose sources define a module entry point.
func (b *builder) crates() {
	type dirCrate struct {
		dir  string
		path string
	}
	var all []dirCrate
	for _, p := range b.mf.Paths {
		if ff := b.mf.Files[p]; ff.Cargo != nil {
			all = append(all, dirCrate{path.Dir(p), p})
		}
	}
	// Longest folder first: a file belongs to its nearest crate.
	sort.Slice(all, func(i, j int) bool { return len(all[i].dir) > len(all[j].dir) })
	owner := func(file string) string {
		for _, c := range all {
			if c.dir == "." || strings.HasPrefix(file, c.dir+"/") {
				return c.path
			}
		}
		return ""
	}
	b.byManifest = map[string]*Crate{}
	crateOf := map[string]*Crate{}
	for _, c := range all {
		cargo := b.mf.Files[c.path].Cargo
		crateOf[c.path] = &Crate{Manifest: c.path, Dir: c.dir, Cargo: cargo}
		b.byManifest[c.path] = crateOf[c.path]
	}
	modules := map[*Crate][]Entry{}
	for _, p := range b.rs.Paths {
		c := crateOf[owner(p)]
		ff := b.rs.Files[p]
		if c == nil || len(ff.PyModules)+len(ff.PyItems) == 0 {
			continue
		}
		c.Items = append(c.Items, ff.PyItems...)
		for _, m := range ff.PyModules {
			modules[c] = append(modules[c], Entry{Path: p, Module: m})
		}
	}
	// A crate another crate of the repository depends on is a library,
	// unless it is a cdylib itself: its entry points are built into the
	// crates that depend on it (polars-python into polars' runtimes).
	byName := map[string]*Crate{}
	usedBy := map[string]bool{}
	for _, c := range all {
		cr := crateOf[c.path]
		if v := cr.Cargo.PackageName; v != nil {
			byName[v.Text] = cr
		}
		for _, d := range cr.Cargo.Deps {
			usedBy[d] = true
		}
	}
	for _, c := range all {
		cr := crateOf[c.path]
		if len(cr.Cargo.PyO3)+len(cr.Cargo.CPython) == 0 {
			continue
		}
		cr.Entries = entries(modules[cr])
		if len(cr.Entries) == 0 {
			cr.Entries, cr.Items = inherited(cr, byName, modules)
		} else if v := cr.Cargo.PackageName; v != nil && usedBy[v.Text] && !cdylib(cr.Cargo) {
			continue
		}
		if len(cr.Entries) > 0 {
			b.res.crates = append(b.res.crates, cr)
		}
	}
	sort.Slice(b.res.crates, func(i, j int) bool { return b.res.crates[i].Manifest < b.res.crates[j].Manifest })
}

// entries keeps the modules no other module of the crate adds as a
// submodule; each keeps the crate's modules to resolve what it adds.
func entries(mods []Entry) []Entry {
	added := map[string]bool{}
	var all []rust.PyModule
	for _, e := range mods {
		all = append(all, e.Module)
		for _, a := range e.Module.Adds {
			if a.Kind == rust.AddModule && a.Ident != "" {
				added[a.Ident] = true
			}
		}
	}
	var out []Entry
	for _, e := range mods {
		if e.Module.Submodule || added[e.Module.Ident] {
			continue
		}
		e.all = all
		out = append(out, e)
	}
	return out
}

// inherited are the entry points and items of the repository crates c
// depends on, for a crate that defines none itself.
func inherited(c *Crate, byName map[string]*Crate, modules map[*Crate][]Entry) ([]Entry, []rust.PyItem) {
	var mods []Entry
	items := c.Items
	for _, d := range c.Cargo.Deps {
		if dep := byName[d]; dep != nil && dep != c {
			mods = append(mods, modules[dep]...)
			items = append(items, dep.Items...)
		}
	}
	return entries(mods), items
}

func cdylib(c *manifest.Cargo) bool {
	for _, t := range c.CrateTypes {
		if t.Text == "cdylib" {
			return true
		}
	}
	return false
}
