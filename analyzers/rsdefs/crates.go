package rsdefs

import (
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// place is where a file sits in the crates of the repository: the crate
// whose module tree holds it and its module path in that crate
// ("db::pool" for src/db/pool.rs or src/db/pool/mod.rs; "" for a crate
// root).
type place struct {
	crate  string
	module string
}

// prefix is the path the file's items are named under: crate, then module.
func (p place) prefix() string { return rust.JoinPath(p.crate, p.module) }

// pkg is a Cargo package: its folder and the name its library is used by
// from other crates (`-` read as `_`).
type pkg struct {
	dir, lib string
}

// crates places the files of a repository in its crates, from the paths
// alone (no `mod` declaration is read): in a package (the nearest folder
// above holding a Cargo.toml with a [package]), src/lib.rs is the library's
// root, named by [lib] name or the package name, and every other file
// under src/ is a module of the library, or of src/main.rs when there is
// no library. src/main.rs, src/bin/*, tests, examples, benches and build
// scripts are crate roots of their own, reached by nothing else. A file
// outside every package is a root of its own too.
type crates struct {
	pkgs   []pkg
	files  map[string]bool   // every Rust file, to tell whether a package has a library
	byName map[string]string // library name -> crate, "" when two packages share it
}

func newCrates(mf *manifest.Result, paths []string) *crates {
	cs := &crates{files: map[string]bool{}, byName: map[string]string{}}
	for _, p := range paths {
		cs.files[p] = true
	}
	for _, p := range mf.Paths {
		c := mf.Files[p].Cargo
		if c == nil || c.PackageName == nil || path.Base(p) != "Cargo.toml" {
			continue
		}
		name := c.PackageName.Text
		if c.LibName != nil {
			name = c.LibName.Text
		}
		name = strings.ReplaceAll(name, "-", "_")
		cs.pkgs = append(cs.pkgs, pkg{dir: path.Dir(p), lib: name})
		if _, seen := cs.byName[name]; seen {
			cs.byName[name] = "" // two packages, one library name
		} else {
			cs.byName[name] = name
		}
	}
	return cs
}

// crateNamed is the crate a library name stands for in a path
// (`other_crate::x::f`), if one package of the repository has it.
func (cs *crates) crateNamed(name string) (string, bool) {
	c := cs.byName[name]
	return c, c != ""
}

// owner is the package whose folder is nearest above p.
func (cs *crates) owner(p string) (pkg, bool) {
	best, found := pkg{}, false
	for _, k := range cs.pkgs {
		if within(p, k.dir) && (!found || len(k.dir) > len(best.dir)) {
			best, found = k, true
		}
	}
	return best, found
}

func within(p, dir string) bool {
	return dir == "." || strings.HasPrefix(p, dir+"/")
}

// placeOf places one file. A crate root of its own is named by its path,
// which no Rust path can spell.
func (cs *crates) placeOf(p string) place {
	k, ok := cs.owner(p)
	if !ok {
		return place{crate: p}
	}
	rel := strings.TrimPrefix(p, k.dir+"/")
	if k.dir == "." {
		rel = p
	}
	src := path.Join(k.dir, "src")
	mod, ok := strings.CutPrefix(rel, "src/")
	switch {
	case !ok || strings.HasPrefix(mod, "bin/") || mod == "main.rs" && cs.files[src+"/lib.rs"]:
		return place{crate: p}
	case mod == "lib.rs":
		return place{crate: k.lib}
	case !cs.files[src+"/lib.rs"] && cs.files[src+"/main.rs"]:
		// A binary without a library: its modules are the binary's.
		return place{crate: src + "/main.rs", module: modulePath(mod)}
	}
	return place{crate: k.lib, module: modulePath(mod)}
}

// modulePath is the module a file under src/ holds: "a/b.rs" and
// "a/b/mod.rs" are a::b; main.rs is the root.
func modulePath(rel string) string {
	rel = strings.TrimSuffix(rel, ".rs")
	if rel == "main" {
		return ""
	}
	if rel == "mod" {
		return ""
	}
	rel = strings.TrimSuffix(rel, "/mod")
	return strings.ReplaceAll(strings.Trim(rel, "/"), "/", "::")
}
