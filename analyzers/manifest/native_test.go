package manifest

import (
	"reflect"
	"testing"
)

func TestCargoNativeKeys(t *testing.T) {
	src := `[workspace]
members = ["crates/*", "py"]

[package]
name = "old"

[package.metadata.maturin]
name = "old.old"

[dependencies]
cpython = { version = "0.7", features = ["extension-module"] }
`
	ff, _, err := Parse("Cargo.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := ff.Cargo
	if got := text(src, c.MaturinName); got != "old.old" {
		t.Errorf("maturin name = %q", got)
	}
	if got := texts(src, c.Members); !reflect.DeepEqual(got, []string{"crates/*", "py"}) {
		t.Errorf("members = %q", got)
	}
	if !reflect.DeepEqual(c.Deps, []string{"cpython"}) {
		t.Errorf("deps = %q", c.Deps)
	}
	if len(c.CPython) != 1 || len(c.PyO3) != 0 || !reflect.DeepEqual(texts(src, c.CPython[0].Features), []string{"extension-module"}) {
		t.Errorf("cpython = %+v, pyo3 = %+v", c.CPython, c.PyO3)
	}
}

func TestPyprojectNativeKeys(t *testing.T) {
	src := `[project]
name = "fast"
dependencies = ["numpy>=1", "orjson"]
[project.optional-dependencies]
speed = ["uvloop"]

[tool.maturin]
manifest-path = "rust/Cargo.toml"

[[tool.setuptools-rust.ext-modules]]
target = "fast._core"
path = "core/Cargo.toml"

[tool.setuptools-rust]
ext-modules = [{ target = "fast._two", path = "two/Cargo.toml" }]

# [tool.maturin]
# module-name = "fast._old"
# just a note about module-name
`
	ff, _, err := Parse("pyproject.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := ff.Pyproject
	if got := texts(src, p.Dependencies); !reflect.DeepEqual(got, []string{"numpy>=1", "orjson", "uvloop"}) {
		t.Errorf("dependencies = %q", got)
	}
	if got := text(src, p.Maturin.ManifestPath); got != "rust/Cargo.toml" {
		t.Errorf("manifest-path = %q", got)
	}
	var exts []string
	for _, e := range p.RustExtensions {
		exts = append(exts, text(src, e.Target)+"@"+text(src, e.Path))
	}
	if !reflect.DeepEqual(exts, []string{"fast._core@core/Cargo.toml", "fast._two@two/Cargo.toml"}) {
		t.Errorf("extensions = %q", exts)
	}
	var commented []string
	for _, v := range p.Commented {
		commented = append(commented, v.Text)
	}
	if !reflect.DeepEqual(commented, []string{"[tool.maturin]", `module-name = "fast._old"`}) {
		t.Errorf("commented = %q", commented)
	}
}

func TestRequirements(t *testing.T) {
	src := "# pinned\nnumpy>=1.2; python_version<'3.12'\n  orjson==3\n-r other.txt\n\nsetuptools-rust\n"
	r := ParseRequirements("requirements-dev.txt", []byte(src)).Requirements
	if got := requirementNames(src, r); !reflect.DeepEqual(got, []string{"numpy", "orjson", "setuptools-rust"}) {
		t.Errorf("names = %q", got)
	}
}

func TestSetupCfg(t *testing.T) {
	src := "[metadata]\nname = x\n\n[options]\npackage_dir =\n    = src\ninstall_requires =\n    attrs>=1\n    orjson\nzip_safe = False\n[options.extras_require]\nfast = uvloop\n"
	r := ParseRequirements("setup.cfg", []byte(src)).Requirements
	if got := requirementNames(src, r); !reflect.DeepEqual(got, []string{"attrs", "orjson", "uvloop"}) {
		t.Errorf("names = %q", got)
	}
	if !reflect.DeepEqual(r.PackageDirs, map[string]string{"": "src"}) {
		t.Errorf("package dirs = %q", r.PackageDirs)
	}
	if IsRequirements("docs/conf.txt") || !IsRequirements("a/requirements.txt") {
		t.Errorf("IsRequirements")
	}
}

// requirementNames are the names as their spans read them.
func requirementNames(src string, r *Requirements) []string {
	var got []string
	for _, v := range r.Names {
		got = append(got, src[v.Span.Start:v.Span.End])
	}
	return got
}
