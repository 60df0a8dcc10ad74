package manifest

import (
	"reflect"
	"testing"
)

func TestLayout(t *testing.T) {
	for name, c := range map[string]struct {
		src  string
		want Layout
	}{
		"setuptools find": {`[project]
name = "shop"
[tool.setuptools.packages.find]
where = ["src", "lib"]
`, Layout{Where: []string{"src", "lib"}}},
		"setuptools package-dir table": {`[tool.setuptools.package-dir]
"" = "src"
legacy = "old/legacy"
`, Layout{PackageDirs: map[string]string{"": "src", "legacy": "old/legacy"}}},
		"setuptools package-dir inline": {`[tool.setuptools]
package-dir = {"" = "src"}
`, Layout{PackageDirs: map[string]string{"": "src"}}},
		"poetry": {`[tool.poetry]
name = "shop"
packages = [{include = "shop_core", from = "src"}, {include = "extra/**/*.py"}, {include = "single.py"}, {from = "src"}]
`, Layout{Packages: []string{"src/shop_core", "extra"}, Named: true}},
		"hatch": {`[tool.hatch.build.targets.wheel]
packages = ["src/shop_api"]
sources = ["src"]
[tool.hatch.build.targets.wheel.sources]
"lib/foo" = "foo"
`, Layout{Where: []string{"src"}, Packages: []string{"src/shop_api"}, PackageDirs: map[string]string{"foo": "lib/foo"}}},
		"pdm": {`[tool.pdm.build]
package-dir = "src"
`, Layout{Where: []string{"src"}}},
		"uv workspace": {`[tool.uv.workspace]
members = ["packages/*", "apps/api"]
`, Layout{Members: []string{"packages/*", "apps/api"}}},
		"wrong types": {`[tool.setuptools.packages.find]
where = "src"
[tool.uv.workspace]
members = [1, {a = 2}]
[tool.poetry]
packages = "src"
`, Layout{}},
	} {
		ff, _, err := Parse("pkg/pyproject.toml", []byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := ff.Pyproject.Layout; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: layout = %+v, want %+v", name, got, c.want)
		}
	}
}

func TestSetupCfgFindWhere(t *testing.T) {
	src := "[options]\npackage_dir =\n    =src\npackages = find:\n\n[options.packages.find]\nwhere = src\nexclude = tests\n"
	r := ParseRequirements("setup.cfg", []byte(src)).Requirements
	if !reflect.DeepEqual(r.FindWhere, []string{"src"}) || r.PackageDirs[""] != "src" {
		t.Errorf("setup.cfg = %+v", r)
	}
}
