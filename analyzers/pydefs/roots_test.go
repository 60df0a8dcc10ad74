package pydefs

import (
	"fmt"
	"iter"
	"maps"
	"path"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
)

// repo is a file tree for FindRoots: path -> source.
type repo map[string]string

func (r repo) roots() Roots {
	var py []string
	for p := range r {
		if strings.HasSuffix(p, ".py") {
			py = append(py, p)
		}
	}
	sort.Strings(py)
	src := func(p string) []byte {
		if s, ok := r[p]; ok {
			return []byte(s)
		}
		return nil
	}
	return FindRoots(py, manifests(src, maps.Keys(r)), src)
}

// manifests parses the pyproject.toml and setup.cfg files among paths as
// the manifest analyzer does.
func manifests(src func(string) []byte, paths iter.Seq[string]) *manifest.Result {
	mf := &manifest.Result{Files: map[string]*manifest.Facts{}}
	for p := range paths {
		switch {
		case path.Base(p) == "pyproject.toml":
			if ff, _, _ := manifest.Parse(p, src(p)); ff != nil {
				mf.Files[p] = ff
			}
		case manifest.IsRequirements(p):
			mf.Files[p] = manifest.ParseRequirements(p, src(p))
		}
	}
	return mf
}

func TestFindRoots(t *testing.T) {
	for name, c := range map[string]struct {
		files repo
		want  Roots
	}{
		"setuptools where": {repo{
			"pyproject.toml":                    "[project]\nname='shop'\n[tool.setuptools.packages.find]\nwhere = ['lib']\n",
			"lib/shop/__init__.py":              "",
			"src/other/x.py":                    "",
			"pkg/pyproject.toml":                "[tool.setuptools.packages.find]\nwhere = ['../outside', '/etc', 'missing']\n",
			"pkg/mod.py":                        "",
			"tools/pyproject.toml":              "[tool.ruff]\nline-length = 100\n",
			"tools/helpers.py":                  "",
			"tests/fixtures/src/__init__.py":    "",
			"tests/fixtures/src/fixture_mod.py": "",
		}, Roots{"lib": {}, "src": {}}},
		"package-dir and setup.cfg": {repo{
			"a/pyproject.toml":     "[tool.setuptools.package-dir]\n'' = 'code'\nlegacy = 'old/legacy'\n",
			"a/code/pa/x.py":       "",
			"a/old/legacy/y.py":    "",
			"b/setup.cfg":          "[options]\npackage_dir =\n    =source\n",
			"b/source/pb/x.py":     "",
			"c/setup.cfg":          "[options]\npackages = find:\n[options.packages.find]\nwhere = lib\n",
			"c/lib/pc/x.py":        "",
			"d/setup.py":           "from setuptools import setup\nsetup()\n",
			"d/pd/__init__.py":     "",
			"e/setup.cfg":          "[metadata]\nname = e\n",
			"e/src/pe/__init__.py": "",
		}, Roots{"a/code": {}, "a/old/legacy": {Package: "legacy"}, "b/source": {}, "c/lib": {}, "d": {Flat: true}, "e/src": {}}},
		"poetry, hatch, maturin": {repo{
			"p/pyproject.toml":        "[tool.poetry]\nname='p'\npackages = [{include = 'pp', from = 'lib'}]\n",
			"p/lib/pp/__init__.py":    "",
			"h/pyproject.toml":        "[tool.hatch.build.targets.wheel]\npackages = ['src/hh']\n",
			"h/src/hh/__init__.py":    "",
			"m/pyproject.toml":        "[tool.maturin]\npython-source = 'python'\n",
			"m/python/mm/__init__.py": "",
		}, Roots{"p/lib/pp": {Package: "pp"}, "h/src/hh": {Package: "hh"}, "h/src": {}, "m/python": {}}},
		"uv workspace and folder shapes": {repo{
			"pyproject.toml":                     "[tool.uv.workspace]\nmembers = ['packages/*', 'apps/api']\n",
			"packages/core/pyproject.toml":       "[project]\nname='shop-core'\n",
			"packages/core/src/shop_core/x.py":   "",
			"packages/flat/flat_pkg/__init__.py": "",
			"apps/api/app/main.py":               "",
			"libs/util/util_pkg/__init__.py":     "",
			"app/__init__.py":                    "",
			"app/packages/vendored/thing.py":     "",
		}, Roots{"packages/core/src": {}, "packages/flat": {Flat: true}, "apps/api": {Flat: true}, "libs/util": {Flat: true}}},
	} {
		if got := c.files.roots(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: roots = %v, want %v", name, got, c.want)
		}
	}
}

func TestRootsModule(t *testing.T) {
	r := Roots{"packages/core/src": {}, "old/legacy": {Package: "legacy"}, "apps/api": {Flat: true}}
	for p, want := range map[string]string{
		"packages/core/src/shop_core/services.py":     "shop_core.services",
		"packages/core/src/shop_core/__init__.py":     "shop_core",
		"packages/core/src/shop_core/repos/orders.py": "shop_core.repos.orders",
		"packages/core/src/top.py":                    "top",
		"packages/core/tests/test_x.py":               "",
		"old/legacy/__init__.py":                      "legacy",
		"old/legacy/db.py":                            "legacy.db",
		"apps/api/app/routers/orders.py":              "app.routers.orders",
		"apps/api/my-scripts/run.py":                  "",
		"apps/api/app/data.json":                      "",
		"elsewhere/shop_core/services.py":             "",
		"packages/core/src/shop_core/sub.dir/mod.py":  "",
	} {
		if got := r.Module(p); got != want {
			t.Errorf("Module(%q) = %q, want %q", p, got, want)
		}
	}
}

// BenchmarkFindRoots finds the roots of a uv workspace of 2,000 members
// (each a pyproject.toml and ten modules under src/) and names every file.
func BenchmarkFindRoots(b *testing.B) {
	r := repo{"pyproject.toml": "[tool.uv.workspace]\nmembers = ['packages/*']\n"}
	for p := 0; p < 2000; p++ {
		dir := fmt.Sprintf("packages/p%d", p)
		r[dir+"/pyproject.toml"] = fmt.Sprintf("[project]\nname = 'p%d'\n", p)
		for m := 0; m < 10; m++ {
			r[fmt.Sprintf("%s/src/pkg%d/mod%d.py", dir, p, m)] = ""
		}
	}
	for b.Loop() {
		roots := r.roots()
		if len(roots) != 2000 || roots.Module("packages/p7/src/pkg7/mod3.py") != "pkg7.mod3" {
			b.Fatalf("%d roots", len(roots))
		}
	}
}
