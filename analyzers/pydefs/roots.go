package pydefs

import (
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
)

// Root is one import root: a folder the files under which import by their
// path below it, so "packages/core/src" makes
// packages/core/src/shop_core/x.py the module shop_core.x, whatever
// __init__.py files sit around it. Package is the package the folder
// stands for when a manifest maps one ("legacy" = "old/legacy": its files
// import as legacy.<path>). Flat marks a project's own folder taken as its
// root for want of a declared layout: there, as in setuptools' flat-layout
// discovery, tests/, docs/, scripts/ and the like are not packages.
type Root struct {
	Package string
	Flat    bool
}

// Roots maps each folder that is an import root to its Root.
type Roots map[string]Root

// FindRoots finds the import roots of the repository from its manifests,
// read and never run, and from the usual folder shapes:
//   - pyproject.toml: setuptools packages.find where and package-dir,
//     poetry packages, hatch wheel packages and sources, pdm package-dir,
//     maturin python-source, uv workspace members;
//   - setup.cfg: [options] package_dir and [options.packages.find] where;
//   - a project without such settings (a pyproject.toml naming a
//     distribution, a setup.cfg or setup.py, a workspace member): its src/
//     folder if it holds Python code, or else its own folder;
//   - any src/ folder, and each folder under libs/ or packages/, that is
//     not a package itself.
//
// The repository's own folder is never a root: names from it are what the
// front-end already gives. A root holding an __init__.py is a package, not
// a root, and is dropped, as is a folder outside the repository. pyFiles
// are the Python files of the run; src gives any file's source, nil when
// the run has no such file.
func FindRoots(pyFiles []string, mf *manifest.Result, src func(string) []byte) Roots {
	dirs := map[string]bool{}
	for _, p := range pyFiles {
		for d := path.Dir(p); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	dirs[""] = true
	sorted := make([]string, 0, len(dirs))
	for d := range dirs {
		sorted = append(sorted, d)
	}
	sort.Strings(sorted)

	f := &rootFinder{dirs: dirs, mf: mf, src: src, roots: Roots{}}
	for _, d := range sorted {
		if src(join(d, "pyproject.toml")) != nil {
			f.pyprojects = append(f.pyprojects, d)
		}
	}
	for _, d := range sorted {
		f.manifests(d)
	}
	for _, d := range sorted {
		parent := path.Dir(d)
		if src(join(parent, "__init__.py")) != nil {
			continue // a folder of a package
		}
		shelf := (path.Base(parent) == "libs" || path.Base(parent) == "packages") && src(join(path.Dir(parent), "__init__.py")) == nil
		if base := path.Base(d); base == "src" || shelf && !dirs[join(d, "src")] {
			f.add(d, Root{Flat: base != "src"})
		}
	}
	for d, r := range f.roots {
		if d == "" || r.Package == "" && src(join(d, "__init__.py")) != nil {
			delete(f.roots, d)
		}
	}
	return f.roots
}

type rootFinder struct {
	dirs map[string]bool
	// pyprojects are the folders holding a pyproject.toml: the only
	// folders a workspace member glob can name.
	pyprojects []string
	mf         *manifest.Result
	src        func(string) []byte
	roots      Roots
}

// manifests reads the manifests of folder d.
func (f *rootFinder) manifests(d string) {
	project := f.src(join(d, "setup.py")) != nil
	declared := false
	if ff := f.manifest(join(d, "pyproject.toml")); ff != nil && ff.Pyproject != nil {
		p := ff.Pyproject
		declared = f.layout(d, p.Layout, p.Maturin)
		project = project || p.ProjectName != nil || p.Layout.Named
	}
	if ff := f.manifest(join(d, "setup.cfg")); ff != nil && ff.Requirements != nil {
		r := ff.Requirements
		for _, pkg := range slices.Sorted(maps.Keys(r.PackageDirs)) {
			declared = f.mapped(d, pkg, r.PackageDirs[pkg]) || declared
		}
		for _, w := range r.FindWhere {
			declared = f.mapped(d, "", w) || declared
		}
		project = true
	}
	if project && !declared {
		f.project(d)
	}
}

// manifest is the parsed manifest at p (the manifest analyzer's), or nil.
func (f *rootFinder) manifest(p string) *manifest.Facts {
	if f.mf == nil {
		return nil
	}
	return f.mf.Files[p]
}

// layout adds the roots a pyproject.toml declares; it reports whether it
// declared any.
func (f *rootFinder) layout(d string, l manifest.Layout, m *manifest.Maturin) bool {
	declared := false
	for _, w := range l.Where {
		declared = f.mapped(d, "", w) || declared
	}
	for _, pkg := range slices.Sorted(maps.Keys(l.PackageDirs)) {
		declared = f.mapped(d, pkg, l.PackageDirs[pkg]) || declared
	}
	for _, p := range l.Packages {
		if base := path.Base(p); identifier(base) {
			declared = f.mapped(d, base, p) || declared
		}
	}
	if m != nil && m.PythonSource != nil {
		declared = f.mapped(d, "", m.PythonSource.Text) || declared
	}
	for _, glob := range l.Members {
		glob = path.Clean(join(d, glob))
		if !strings.ContainsAny(glob, "*?[\\") {
			if f.dirs[glob] {
				f.project(glob)
			}
			continue
		}
		for _, member := range f.pyprojects {
			if ok, _ := path.Match(glob, member); ok && member != "" {
				f.project(member)
			}
		}
	}
	return declared
}

// project adds the default root of a project folder: src/ if it holds
// Python code, else the folder itself (setuptools' automatic discovery).
func (f *rootFinder) project(d string) {
	if s := join(d, "src"); f.dirs[s] {
		f.add(s, Root{})
		return
	}
	f.add(d, Root{Flat: true})
}

// mapped adds folder dir (relative to manifest folder d) as the root of
// package pkg; it reports whether dir is a folder of the run.
func (f *rootFinder) mapped(d, pkg, dir string) bool {
	full := path.Clean(join(d, strings.TrimSpace(dir)))
	if full == "." {
		full = ""
	}
	if strings.HasPrefix(full, "../") || full == ".." || strings.HasPrefix(full, "/") || !f.dirs[full] {
		return false
	}
	if pkg != "" && !dottedIdentifier(pkg) {
		return false
	}
	f.add(full, Root{Package: pkg})
	return true
}

func (f *rootFinder) add(dir string, r Root) {
	if _, seen := f.roots[dir]; !seen {
		f.roots[dir] = r
	}
}

// Module is the name file p imports as under its nearest import root, or
// "" when no root holds it or a folder on the way is not an identifier.
func (r Roots) Module(p string) string {
	if !strings.HasSuffix(p, ".py") {
		return ""
	}
	for d := path.Dir(p); d != "."; d = path.Dir(d) {
		root, ok := r[d]
		if !ok {
			continue
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(p, d+"/"), ".py")
		rel = strings.TrimSuffix(strings.TrimSuffix(rel, "__init__"), "/")
		if rel == "" {
			return root.Package
		}
		parts := strings.Split(rel, "/")
		if root.Flat && notPackage(parts[0]) {
			return ""
		}
		for _, part := range parts {
			if !identifier(part) {
				return ""
			}
		}
		return joinModule(root.Package, strings.Join(parts, "."))
	}
	return ""
}

// notPackage tells the top-level names setuptools' flat-layout discovery
// leaves out of a distribution (FlatLayoutPackageFinder and
// FlatLayoutModuleFinder DEFAULT_EXCLUDE), and private names.
func notPackage(name string) bool {
	if strings.HasPrefix(name, "_") {
		return true
	}
	switch strings.ToLower(name) {
	case "ci", "bin", "debian", "doc", "docs", "documentation", "manpages", "news", "newsfragments", "changelog",
		"test", "tests", "unit_test", "unit_tests", "example", "examples", "scripts", "tools", "util", "utils",
		"python", "build", "dist", "venv", "env", "requirements", "tasks", "fabfile", "site_scons",
		"benchmark", "benchmarks", "exercise", "exercises", "htmlcov",
		"setup", "conftest", "noxfile", "pavement", "dodo", "sconstruct", "conanfile", "manage", "toml":
		return true
	}
	return false
}

// rootedNames are the names of definitions in files under an import
// root, by their module there.
type rootedNames struct {
	defs map[string][]Def
	// modules are the modules files under a root define; elsewhere, those
	// the front-end names every other file.
	modules, elsewhere map[string]bool
}

// lookup finds the definition qual names under the import roots. known is
// true when the roots decide: qual is defined there, or the longest module
// its name starts with is one of theirs, so a same-named module outside
// every root is not the one Python imports. A package under a root
// ("tests" of a workspace member) does not claim the modules of another
// folder it would hold by name ("tests.public.flows" of the repository).
func (r rootedNames) lookup(qual string) (d Def, ok, known bool) {
	if d, ok := unique(r.defs[qual]); ok {
		return d, true, true
	}
	for i := strings.LastIndexByte(qual, '.'); i > 0; i = strings.LastIndexByte(qual[:i], '.') {
		if r.modules[qual[:i]] {
			return Def{}, false, true
		}
		if r.elsewhere[qual[:i]] {
			return Def{}, false, false
		}
	}
	return Def{}, false, false
}

// addRooted names every definition of a file under an import root by its
// module there, and the module-level instances with it; lookup asks these
// names first, so the roots decide between same-named modules.
func (x *Index) addRooted(py *python.Result, roots Roots) {
	x.rooted = rootedNames{defs: map[string][]Def{}, modules: map[string]bool{}, elsewhere: map[string]bool{}}
	if len(roots) == 0 {
		return
	}
	for _, p := range py.Paths {
		ff := py.Files[p]
		m := roots.Module(p)
		if m == "" || ff.Module == "" {
			x.rooted.elsewhere[ff.Module] = true
			continue
		}
		x.rooted.modules[m] = true
		for i, s := range ff.Scopes {
			if s.Kind == python.Lambda || s.Qual == "" || !strings.HasPrefix(s.Qual, ff.Module) {
				continue
			}
			q := m + strings.TrimPrefix(s.Qual, ff.Module)
			x.rooted.defs[q] = append(x.rooted.defs[q], Def{FF: ff, Scope: i})
			x.longest = max(x.longest, len(q))
		}
		if m == ff.Module {
			continue // its instances are known by this name already
		}
		x.addValues(ff, []string{m})
	}
}

func join(d, name string) string {
	if d == "" || d == "." {
		return name
	}
	return d + "/" + name
}

func joinModule(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

func dottedIdentifier(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if !identifier(part) {
			return false
		}
	}
	return true
}

// identifier reports whether s can be a Python module name (ASCII only:
// a folder with other letters is rare enough to leave to the front-end).
func identifier(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '_' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
