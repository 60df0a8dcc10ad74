package native

import (
	"fmt"
	"path"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// builds finds which configuration builds each crate: maturin projects
// (pyproject.toml), setuptools-rust extensions (setup.py and
// pyproject.toml), and records why the others are not built.
func (b *builder) builds() {
	for _, p := range b.mf.Paths {
		if pp := b.mf.Files[p].Pyproject; pp != nil {
			b.pyproject(p, pp)
		}
	}
	for _, p := range b.py.Paths {
		if path.Base(p) == "setup.py" {
			b.setupPys = append(b.setupPys, Evidence{Path: p, What: "setup.py declares no RustExtension for it"})
		}
		for _, c := range b.py.Files[p].SetupCalls {
			if c.Name == "RustExtension" {
				b.setupExtension(p, &c)
			}
		}
	}
	for _, c := range b.res.crates {
		for _, bd := range c.Builds {
			bd.Entry = entryNamed(c, bd.Name)
		}
	}
}

func (b *builder) pyproject(p string, pp *manifest.Pyproject) {
	dir := path.Dir(p)
	backend := Evidence{Path: p, What: "no [build-system] build-backend"}
	if pp.BuildBackend != nil {
		backend = Evidence{Path: p, Span: pp.BuildBackend.Span, What: fmt.Sprintf("build-backend is %q", pp.BuildBackend.Text)}
	}
	b.res.backends = append(b.res.backends, backend)
	for _, v := range pp.Commented {
		b.commented = append(b.commented, Evidence{Path: p, Span: v.Span, What: "commented out: " + v.Text})
	}
	for _, e := range pp.RustExtensions {
		if e.Target == nil {
			continue
		}
		manifestPath := "Cargo.toml"
		if e.Path != nil {
			manifestPath = e.Path.Text
		}
		b.rustExtension(join(dir, manifestPath), e.Target.Text, Evidence{Path: p, Span: e.Target.Span, What: "setuptools-rust target"}, Evidence{Path: p, Span: e.Span, What: "setuptools-rust ext-module"})
	}
	if pp.BuildBackend == nil || pp.BuildBackend.Text != "maturin" {
		return
	}
	m := pp.Maturin
	manifestPath, pySrc := b.maturinLayout(dir, pp)
	c := b.byManifest[manifestPath]
	if c == nil {
		b.misdirected = append(b.misdirected, Evidence{Path: p, Span: maturinSpan(m, backend.Span), What: fmt.Sprintf("maturin builds %s, which does not exist", manifestPath)})
		return
	}
	bd := &Build{Backend: "maturin", Config: backend}
	bd.Name, bd.NameFrom = b.maturinName(p, pp, c)
	bd.Import = bd.Name
	if !strings.Contains(bd.Name, ".") {
		if b.isPackage(join(pySrc, bd.Name)) {
			bd.Import = bd.Name + "." + bd.Name // mixed layout: pkg/pkg.*.so
		}
	}
	bd.Name = bd.Name[strings.LastIndexByte(bd.Name, '.')+1:]
	if v := c.Cargo.MaturinName; v != nil {
		bd.Deprecated = &Evidence{Path: c.Manifest, Span: v.Span, What: fmt.Sprintf("[package.metadata.maturin] name = %q, which maturin 0.15 and later ignore", v.Text)}
	}
	c.Builds = append(c.Builds, bd)
}

func maturinSpan(m *manifest.Maturin, fallback source.Span) source.Span {
	if m != nil && m.ManifestPath != nil {
		return m.ManifestPath.Span
	}
	return fallback
}

// maturinName is the module name maturin gives the library, and where it
// is set.
func (b *builder) maturinName(p string, pp *manifest.Pyproject, c *Crate) (string, Evidence) {
	if m := pp.Maturin; m != nil && m.ModuleName != nil {
		return m.ModuleName.Text, Evidence{Path: p, Span: m.ModuleName.Span, What: fmt.Sprintf("tool.maturin.module-name = %q", m.ModuleName.Text)}
	}
	if v := c.Cargo.LibName; v != nil {
		return underscores(v.Text), Evidence{Path: c.Manifest, Span: v.Span, What: fmt.Sprintf("[lib] name = %q", v.Text)}
	}
	// maturin takes these two as they are: a "-" in them stops the build.
	if v := pp.ProjectName; v != nil {
		return v.Text, Evidence{Path: p, Span: v.Span, What: fmt.Sprintf("[project] name = %q", v.Text)}
	}
	if v := c.Cargo.PackageName; v != nil {
		return v.Text, Evidence{Path: c.Manifest, Span: v.Span, What: fmt.Sprintf("[package] name = %q", v.Text)}
	}
	return "", Evidence{Path: c.Manifest, What: "no name"}
}

// maturinLayout finds the Cargo.toml maturin builds for the pyproject.toml
// in dir, and the folder holding the Python packages, as maturin does:
// manifest-path; else rust/Cargo.toml when python-source is set or
// src/<project name> is a package (the Python-first src layout); else the
// Cargo.toml beside pyproject.toml.
func (b *builder) maturinLayout(dir string, pp *manifest.Pyproject) (manifestPath, pySrc string) {
	m := pp.Maturin
	manifestPath, pySrc = join(dir, "Cargo.toml"), dir
	srcLayout := pp.ProjectName != nil && b.isPackage(join(dir, "src/"+underscores(pp.ProjectName.Text)))
	if _, ok := b.byManifest[join(dir, "rust/Cargo.toml")]; ok && (srcLayout || m != nil && m.PythonSource != nil) {
		manifestPath = join(dir, "rust/Cargo.toml")
		if srcLayout {
			pySrc = join(dir, "src")
		}
	}
	if m != nil && m.ManifestPath != nil {
		manifestPath = join(dir, m.ManifestPath.Text)
	}
	if m != nil && m.PythonSource != nil {
		pySrc = join(dir, m.PythonSource.Text)
	}
	return manifestPath, pySrc
}

func underscores(s string) string { return strings.ReplaceAll(s, "-", "_") }

// setupExtension reads RustExtension("pkg.mod", path="Cargo.toml") in a
// setup.py.
func (b *builder) setupExtension(p string, c *python.SetupCall) {
	target, ok := c.Arg("target", 0)
	if !ok || len(target.Strings) != 1 {
		return
	}
	manifestPath := "Cargo.toml"
	if a, ok := c.Arg("path", 1); ok {
		if len(a.Strings) != 1 {
			b.unknownPath = true
			return
		}
		manifestPath = a.Strings[0].Text
	}
	t := target.Strings[0]
	b.rustExtension(join(path.Dir(p), manifestPath), t.Text, Evidence{Path: p, Span: t.Span, What: "RustExtension target"}, Evidence{Path: p, Span: c.Span, What: "RustExtension"})
}

func (b *builder) rustExtension(manifestPath, target string, name, config Evidence) {
	c := b.byManifest[manifestPath]
	if c == nil {
		return
	}
	name.What = fmt.Sprintf("%s %q", name.What, target)
	bd := &Build{Backend: "setuptools-rust", Import: target, Name: target[strings.LastIndexByte(target, '.')+1:], NameFrom: name, Config: config}
	c.Builds = append(c.Builds, bd)
}

// entryNamed is the crate's entry point that defines PyInit_<name>.
func entryNamed(c *Crate, name string) *Entry {
	for i := range c.Entries {
		if c.Entries[i].Module.Name == name {
			return &c.Entries[i]
		}
	}
	return nil
}

// join joins a relative path to a folder, cleaned ("." for the root).
func join(dir, rel string) string {
	return path.Clean(path.Join(dir, rel))
}

// isPackage tells whether a folder holds an __init__.py.
func (b *builder) isPackage(dir string) bool {
	return b.set.File(join(dir, "__init__.py")) != nil
}
