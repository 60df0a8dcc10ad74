package native

import (
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// declared records the modules a setup.py declares besides Rust ones:
// setuptools Extensions and cythonize targets.
func (b *builder) declared() {
	for _, p := range b.py.Paths {
		for _, c := range b.py.Files[p].SetupCalls {
			switch c.Name {
			case "Extension", "Pybind11Extension":
				if a, ok := c.Arg("name", 0); ok && len(a.Strings) == 1 {
					s := a.Strings[0]
					b.module(&Module{Import: s.Text, Kind: "extension", Evidence: []Evidence{{Path: p, Span: s.Span, What: c.Name + " " + s.Text}}})
				}
			case "cythonize":
				if a, ok := c.Arg("module_list", 0); ok {
					for _, s := range a.Strings {
						b.cython(p, s.Text, s.Span)
					}
				}
			}
		}
	}
}

func (b *builder) cython(setup, file string, at source.Span) {
	file = join(path.Dir(setup), file)
	dir, base := path.Split(file)
	mod := modulePath(strings.TrimSuffix(dir, "/"), strings.TrimSuffix(strings.TrimSuffix(base, ".pyx"), ".py"))
	if strings.Contains(base, "*") {
		b.cythonDirs = append(b.cythonDirs, modulePath(strings.TrimSuffix(dir, "/"), ""))
		return
	}
	b.module(&Module{Import: mod, Kind: "cython", Evidence: []Evidence{{Path: setup, Span: at, What: "cythonize " + file}}})
}

// modulePath is the dotted path of a module named name in folder dir
// ("src/pkg", "mod" -> "src.pkg.mod"); Provided also knows every suffix.
func modulePath(dir, name string) string {
	parts := []string{}
	if dir != "." && dir != "" {
		parts = strings.Split(dir, "/")
	}
	if name != "" {
		parts = append(parts, name)
	}
	return strings.Join(parts, ".")
}

func (b *builder) module(m *Module) {
	if _, dup := b.res.modules[m.Import]; !dup {
		b.res.modules[m.Import] = m
	}
}

// provision records what files provide: .py modules and their packages,
// committed .so and .pyd, .pyi stubs; the project's own top-level names
// and its dependencies.
func (b *builder) provision() {
	seenDirs, pyDirs := map[string]bool{}, map[string]bool{}
	var stubs []string
	for _, f := range b.set.Files {
		dir, base := path.Split(f.Path)
		dir = strings.TrimSuffix(dir, "/")
		var name string
		switch {
		case f.Lang == source.Python:
			name = strings.TrimSuffix(base, ".py")
		case strings.HasSuffix(base, ".so") || strings.HasSuffix(base, ".pyd"):
			name, _, _ = strings.Cut(base, ".")
		case strings.HasSuffix(base, ".pyi"):
			stubs = append(stubs, f.Path)
			continue
		default:
			continue
		}
		pyDirs[dir] = true
		if !seenDirs[dir] {
			seenDirs[dir] = true
			b.folders(dir)
		}
		if name != "__init__" {
			for _, s := range suffixes(dir, name) {
				b.res.provided[s] = true
			}
		}
	}
	// A stub stands for a missing extension only beside Python code: a
	// folder of stubs alone is a stub package (typeshed, *-stubs).
	for _, p := range stubs {
		dir, base := path.Split(p)
		dir = strings.TrimSuffix(dir, "/")
		if !pyDirs[dir] {
			continue
		}
		for _, s := range suffixes(dir, strings.TrimSuffix(base, ".pyi")) {
			if _, ok := b.res.stubs[s]; !ok {
				b.res.stubs[s] = p
			}
		}
	}
	b.ownAndDeps()
}

// ownAndDeps records the project's top-level module names, its Python
// modules by name, and the distributions it depends on.
func (b *builder) ownAndDeps() {
	b.res.pyModules = map[string]*python.FileFacts{}
	for _, p := range b.py.Paths {
		ff := b.py.Files[p]
		if top, _, _ := strings.Cut(ff.Module, "."); top != "" {
			b.res.own[top] = true
		}
		if _, dup := b.res.pyModules[ff.Module]; !dup {
			b.res.pyModules[ff.Module] = ff
		}
	}
	for _, p := range b.mf.Paths {
		ff := b.mf.Files[p]
		if r := ff.Requirements; r != nil {
			for _, v := range r.Names {
				b.res.deps[normalise(v.Text)] = true
			}
		}
		if pp := ff.Pyproject; pp != nil {
			for _, v := range pp.Dependencies {
				b.res.deps[normalise(distribution(v.Text))] = true
			}
		}
	}
}

// folders provides every folder chain ending at dir as a (namespace)
// package: "src/pkg" gives src, pkg and src.pkg.
func (b *builder) folders(dir string) {
	if dir == "" || dir == "." {
		return
	}
	parts := strings.Split(dir, "/")
	for j := 1; j <= len(parts); j++ {
		for i := 0; i < j; i++ {
			b.res.provided[strings.Join(parts[i:j], ".")] = true
		}
	}
}

// suffixes are the dotted names a module named name in dir may be
// imported as, whichever folder is on sys.path: "src/pkg", "m" gives m,
// pkg.m and src.pkg.m.
func suffixes(dir, name string) []string {
	parts := []string{name}
	if dir != "" && dir != "." {
		parts = append(strings.Split(dir, "/"), name)
	}
	out := make([]string, 0, len(parts))
	for i := range parts {
		out = append(out, strings.Join(parts[i:], "."))
	}
	return out
}

// distribution is the name at the start of a requirement ("numpy>=1").
func distribution(req string) string {
	req = strings.TrimSpace(req)
	for i, r := range req {
		if !(r == '-' || r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return req[:i]
		}
	}
	return req
}

// finish turns builds into modules, says why unbuilt crates are not built,
// and collects the names native modules go by.
func (b *builder) finish() {
	b.res.nativeNames = map[string]bool{}
	addName := func(s string) {
		for _, seg := range strings.Split(s, ".") {
			if seg != "" {
				b.res.nativeNames[underscores(seg)] = true
			}
		}
	}
	for _, c := range b.res.crates {
		for _, v := range []*manifest.Value{c.Cargo.PackageName, c.Cargo.LibName, c.Cargo.MaturinName} {
			if v != nil {
				addName(v.Text)
			}
		}
		for _, e := range c.Entries {
			addName(e.Module.Name)
		}
		for _, bd := range c.Builds {
			addName(bd.Import)
			m := &Module{Import: bd.Import, Kind: "rust", Build: bd, Crate: c, Evidence: []Evidence{bd.NameFrom, bd.Config}}
			if bd.Entry != nil {
				m.names, m.NamesKnown = entryNames(bd.Entry, c.Items)
			}
			b.module(m)
		}
		switch why := b.whyNotBuilt(c.Dir); {
		case len(c.Builds) > 0:
		case b.unknownPath || len(why) == 0:
			c.MaybeBuilt = true
		default:
			c.NotBuilt = why
		}
	}
	// A dotted module brings its packages into the wheel; a crate the
	// maturin command line may build provides its entry points.
	for imp := range b.res.modules {
		for i := range imp {
			if imp[i] == '.' {
				b.res.provided[imp[:i]] = true
			}
		}
	}
	for _, c := range b.res.crates {
		if c.MaybeBuilt {
			for _, e := range c.Entries {
				b.res.provided[e.Module.Name] = true
			}
		}
	}
	for _, dir := range b.cythonDirs {
		b.res.provided[dir] = true
		b.res.cython = append(b.res.cython, dir+".")
	}
}

// whyNotBuilt is the evidence that no configuration builds the crate in
// dir, from the Python packaging in dir or above it: maturin pointed
// elsewhere, configuration left in comments, the backends used, or
// setup.py files. None when no packaging stands above the crate: the
// maturin command line (maturin develop -m ...) may build it.
func (b *builder) whyNotBuilt(dir string) []Evidence {
	if ev := above(b.misdirected, dir, -1); len(ev) > 0 {
		return ev
	}
	if ev := above(b.commented, dir, -1); len(ev) > 0 {
		return ev
	}
	// A backend or setup.py further up builds another project: a crate
	// deep below it is a fixture or example the command line builds.
	if ev := above(b.res.backends, dir, 1); len(ev) > 0 {
		return ev
	}
	return above(b.setupPys, dir, 1)
}

// above keeps the evidence in files whose folder is dir or holds it, at
// most levels folders up (-1: any).
func above(list []Evidence, dir string, levels int) []Evidence {
	var out []Evidence
	for _, e := range list {
		d := path.Dir(e.Path)
		if d != dir && d != "." && !strings.HasPrefix(dir, d+"/") {
			continue
		}
		if up := depth(dir) - depth(d); levels < 0 || up <= levels {
			out = append(out, e)
		}
	}
	return out
}

// depth counts a folder's parts ("." is 0).
func depth(dir string) int {
	if dir == "." || dir == "" {
		return 0
	}
	return strings.Count(dir, "/") + 1
}

// entryNames are the names an entry point adds, known when it hands itself
// to nothing covet-lint does not follow.
func entryNames(e *Entry, items []rust.PyItem) (map[string]bool, bool) {
	known := !e.Module.Open && (e.Module.Kind == rust.ModuleFn || e.Module.Kind == rust.ModuleMod)
	byIdent := map[string]string{}
	for _, it := range items {
		byIdent[string(it.Kind)+" "+it.Ident] = it.Name
	}
	for _, m := range e.all {
		byIdent[string(rust.AddModule)+" "+m.Ident] = m.Name
	}
	names := map[string]bool{}
	for _, a := range e.Module.Adds {
		name := a.Name
		if name == "" {
			name = a.Ident
			kinds := []rust.PyAddKind{a.Kind}
			if a.Kind == rust.AddName {
				kinds = []rust.PyAddKind{rust.AddFunction, rust.AddClass, rust.AddModule}
			}
			for _, k := range kinds {
				if n, ok := byIdent[string(k)+" "+a.Ident]; ok {
					name = n
					break
				}
			}
		}
		names[name] = true
	}
	return names, known
}
