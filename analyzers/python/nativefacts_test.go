package python

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// describe renders an import as "resolved[names] guard", spans checked.
func describe(t *testing.T, src string, im Import) string {
	t.Helper()
	if src[im.ModuleSpan.Start:im.ModuleSpan.End] != im.Module {
		t.Errorf("module span %q is not %q", src[im.ModuleSpan.Start:im.ModuleSpan.End], im.Module)
	}
	var names []string
	for _, n := range im.Names {
		if src[n.Span.Start:n.Span.End] != n.Name {
			t.Errorf("name span of %q", n.Name)
		}
		names = append(names, n.Name)
	}
	s := im.Resolved
	if im.From {
		s += "[" + strings.Join(names, ",") + map[bool]string{true: "*"}[im.Star] + "]"
	}
	if g := im.Guard; g != nil {
		s += fmt.Sprintf(" guarded by %q raises=%v warns=%v flag=%q", src[g.Except.Start:g.Except.End], g.Raises, g.Warns, g.Flag)
	}
	return s
}

func TestImports(t *testing.T) {
	src := `import os, a.b as ab
from . import _rs as rs, x
from ..m import *
from .sub.mod import Thing
try:
    from ._native import fast
except ImportError:
    fast = None
try:
    if True:
        import covet_rust_core
    HAS_RUST = True
except (ModuleNotFoundError, OSError) as e:
    HAS_RUST = False
try:
    import orjson
except ImportError:
    import logging
    logging.getLogger(__name__).debug("no orjson")
try:
    import ujson
except ImportError as e:
    raise RuntimeError("need ujson") from e
try:
    import uvloop  # noqa
    UVLOOP = True
except ImportError:  # pragma: no cover
    pass
try:
    import uvloop
except KeyError:
    pass
except Exception:
    warnings.warn("no uvloop")
def later():
    try:
        pass
    finally:
        pass
    import late
try:
    def f():
        import inner
except ImportError:
    pass
`
	ff := extract(t, "pkg/sub/mod.py", "pkg.sub.mod", src)
	var got []string
	for _, im := range ff.Imports {
		got = append(got, describe(t, src, im))
	}
	want := []string{
		"os",
		"a.b",
		"pkg.sub[_rs,x]",
		"pkg.m[*]",
		"pkg.sub.sub.mod[Thing]",
		`pkg.sub._native[fast] guarded by "except ImportError:" raises=false warns=false flag=""`,
		`covet_rust_core guarded by "except (ModuleNotFoundError, OSError) as e:" raises=false warns=false flag="HAS_RUST"`,
		`orjson guarded by "except ImportError:" raises=false warns=false flag=""`,
		"logging",
		`ujson guarded by "except ImportError as e:" raises=true warns=false flag=""`,
		`uvloop guarded by "except ImportError:" raises=false warns=false flag="UVLOOP"`,
		`uvloop guarded by "except Exception:" raises=false warns=true flag=""`,
		"late",
		"inner",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("imports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !ff.Imports[5].Guard.Silent() || ff.Imports[6].Guard.Silent() || !ff.Imports[7].Guard.Silent() {
		t.Errorf("Silent disagrees with the handlers")
	}
}

func TestResolveRelative(t *testing.T) {
	for _, c := range []struct {
		module string
		pkg    bool
		rel    string
		want   string
	}{
		{"pkg.mod", false, ".x", "pkg.x"},
		{"pkg", true, ".x", "pkg.x"},
		{"pkg", true, ".", "pkg"},
		{"pkg.sub.mod", false, "..", "pkg"},
		{"pkg.sub.mod", false, "..y.z", "pkg.y.z"},
		{"mod", false, ".x", "x"},
		{"mod", false, "..x", ""},
		{"mod", false, ".", ""},
		{"a.b", false, "plain", "plain"},
	} {
		if got := resolveRelative(c.module, c.pkg, c.rel); got != c.want {
			t.Errorf("resolveRelative(%q, %v, %q) = %q, want %q", c.module, c.pkg, c.rel, got, c.want)
		}
	}
}

func TestSetupCalls(t *testing.T) {
	src := `from setuptools import setup, Extension
from setuptools_rust import Binding, RustExtension
from Cython.Build import cythonize

setup(
    name="pkg",
    rust_extensions=[
        RustExtension("pkg._core", path="core/Cargo.toml", binding=Binding.PyO3),
        RustExtension(target="pkg._two", path=f"{here}/Cargo.toml"),
    ],
    ext_modules=cythonize(["pkg/speed.pyx", "pkg/more.pyx"]) + [Extension("pkg._c", sources=["c/x.c"])],
)
print("done")
`
	ff := extract(t, "setup.py", "setup", src)
	var got []string
	for _, c := range ff.SetupCalls {
		var args []string
		for _, a := range c.Args {
			var ss []string
			for _, s := range a.Strings {
				if src[s.Span.Start+1:s.Span.End-1] != s.Text {
					t.Errorf("string span of %q", s.Text)
				}
				ss = append(ss, s.Text)
			}
			args = append(args, a.Keyword+"="+strings.Join(ss, "+"))
		}
		got = append(got, c.Name+"("+strings.Join(args, " ")+")")
	}
	want := []string{
		"setup(name=pkg rust_extensions= ext_modules=)",
		"RustExtension(=pkg._core path=core/Cargo.toml binding=)",
		"RustExtension(target=pkg._two path=)",
		"cythonize(=pkg/speed.pyx+pkg/more.pyx)",
		"Extension(=pkg._c sources=c/x.c)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("setup calls:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if a, ok := ff.SetupCalls[2].Arg("target", 0); !ok || a.Strings[0].Text != "pkg._two" {
		t.Errorf("Arg(target, 0) = %+v", a)
	}
	if _, ok := ff.SetupCalls[1].Arg("path", -1); !ok {
		t.Errorf("Arg(path, -1) not found")
	}
	if none := extract(t, "pkg/setup_helpers.py", "pkg.setup_helpers", src); len(none.SetupCalls) != 0 {
		t.Errorf("setup calls outside setup.py: %+v", none.SetupCalls)
	}
}

// BenchmarkImportFacts extracts a file of n guarded imports, each try in
// the body of the one before (nesting capped by CPython's own limit is not
// assumed: the grammar parses it all), to show the step stays linear.
func BenchmarkImportFacts(b *testing.B) {
	for _, n := range []int{2000, 4000, 8000} {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&sb, "try:\n    import m%d\n    from .p%d import a, b, c\nexcept ImportError:\n    m%d = None\n", i, i, i)
		}
		src := sb.String()
		b.Run(fmt.Sprintf("flat-%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if ff := extract(b, "pkg/mod.py", "pkg.mod", src); len(ff.Imports) != 2*n || ff.Imports[0].Guard == nil {
					b.Fatalf("imports = %d", len(ff.Imports))
				}
			}
		})
	}
}

// FuzzNativeFacts extracts arbitrary bytes as a setup.py: every span of
// the import and setup facts lies within the source.
func FuzzNativeFacts(f *testing.F) {
	f.Add("try:\n    from . import _n as n, m\nexcept (ImportError, E) as e:  # c\n    n = None\n")
	f.Add("setup(rust_extensions=[RustExtension('p.m', path=f'x', binding=B)], ext_modules=cythonize(['a.pyx']))\n")
	f.Add("try:\n  def f():\n    import x\nexcept:\n  raise\n")
	f.Fuzz(func(t *testing.T, src string) {
		ff := extract(t, "setup.py", "setup", src)
		in := func(what string, sp source.Span) {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(src) {
				t.Fatalf("%s span %+v outside %d bytes", what, sp, len(src))
			}
		}
		for _, im := range ff.Imports {
			in("module", im.ModuleSpan)
			for _, n := range im.Names {
				in("name", n.Span)
			}
			if im.Guard != nil {
				in("except", im.Guard.Except)
			}
		}
		for _, c := range ff.SetupCalls {
			in("call", c.CallSpan)
			for _, a := range c.Args {
				for _, s := range a.Strings {
					in("string", s.Span)
				}
			}
		}
	})
}
