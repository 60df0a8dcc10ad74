package manifest

import (
	"path"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// Layout is where a pyproject.toml says its importable code lives, as
// written (folders relative to the manifest's folder). The import roots
// are derived from it in analyzers/pydefs.
type Layout struct {
	// Where are folders whose subfolders are top-level packages:
	// setuptools packages.find where, hatch wheel sources, pdm package-dir.
	Where []string `json:"where,omitempty"`
	// PackageDirs maps a package name ("" for every top-level package) to
	// its folder: setuptools package-dir, hatch wheel sources tables.
	PackageDirs map[string]string `json:"package_dirs,omitempty"`
	// Packages are package folders ("src/shop_core"): poetry packages
	// (from + include), hatch wheel packages.
	Packages []string `json:"packages,omitempty"`
	// Members are workspace member globs ([tool.uv.workspace] members).
	Members []string `json:"members,omitempty"`
	// Named is true when the manifest declares a distribution ([project]
	// or [tool.poetry] name): its folder is a project of its own.
	Named bool `json:"named,omitempty"`
}

// layoutKey reads one leaf of pyproject.toml that tells where packages
// live; it ignores every other key.
func (x *extractor) layoutKey(key []keyPart, v *unstable.Node) {
	full := names(key)
	l := &x.ff.Pyproject.Layout
	switch {
	case full == "tool.setuptools.packages.find.where", full == "tool.hatch.build.targets.wheel.sources":
		l.Where = append(l.Where, valueTexts(x.strs(v))...)
	case full == "tool.pdm.build.package-dir":
		l.Where = append(l.Where, valueTexts(optional(x.str(v)))...)
	case full == "tool.hatch.build.targets.wheel.packages":
		l.Packages = append(l.Packages, valueTexts(x.strs(v))...)
	case full == "tool.poetry.packages":
		l.Packages = append(l.Packages, poetryPackages(v)...)
	case full == "tool.uv.workspace.members":
		l.Members = append(l.Members, valueTexts(x.strs(v))...)
	case full == "tool.poetry.name":
		l.Named = true
	case len(key) == 4 && strings.HasPrefix(full, "tool.setuptools.package-dir."):
		l.packageDir(key[3].name, x.str(v))
	case len(key) == 7 && strings.HasPrefix(full, "tool.hatch.build.targets.wheel.sources."):
		// {"src/foo" = "foo"}: the folder is the key, the package the value.
		if s := x.str(v); s != nil {
			l.packageDir(s.Text, &Value{Text: key[6].name})
		}
	}
}

func (l *Layout) packageDir(pkg string, dir *Value) {
	if dir == nil {
		return
	}
	if l.PackageDirs == nil {
		l.PackageDirs = map[string]string{}
	}
	l.PackageDirs[pkg] = dir.Text
}

func optional(v *Value) []Value {
	if v == nil {
		return nil
	}
	return []Value{*v}
}

func valueTexts(vs []Value) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Text)
	}
	return out
}

// poetryPackages reads `packages = [{include = "pkg", from = "src"}]` as
// package folders ("src/pkg"); an include that is a glob keeps only the
// folders before the first wildcard.
func poetryPackages(v *unstable.Node) []string {
	if v.Kind != unstable.Array {
		return nil
	}
	var out []string
	it := v.Children()
	for it.Next() {
		t := it.Node()
		if t.Kind != unstable.InlineTable {
			continue
		}
		include, from := "", ""
		kv := t.Children()
		for kv.Next() {
			n := kv.Node()
			if n.Kind != unstable.KeyValue || n.Value().Kind != unstable.String {
				continue
			}
			switch k := keyOf(n); {
			case len(k) == 1 && k[0].name == "include":
				include = string(n.Value().Data)
			case len(k) == 1 && k[0].name == "from":
				from = string(n.Value().Data)
			}
		}
		var dirs []string
		for _, part := range strings.Split(include, "/") {
			if part == "" || strings.ContainsAny(part, "*?[") || strings.HasSuffix(part, ".py") {
				break
			}
			dirs = append(dirs, part)
		}
		if len(dirs) > 0 {
			out = append(out, path.Join(from, strings.Join(dirs, "/")))
		}
	}
	return out
}
