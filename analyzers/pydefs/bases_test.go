package pydefs

import (
	"reflect"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"

	"github.com/covet-lint/covet-lint/analyzers/python"
)

func extract(t *testing.T, module, src string) *python.FileFacts {
	t.Helper()
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(tspython.GetLanguage())
	tree, err := p.ParseCtx(t.Context(), nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	ff, _ := python.Extract(module+".py", module, []byte(src), tree.RootNode(), nil)
	return ff
}

func TestClassBases(t *testing.T) {
	src := `import pkg.base as b
from pkg.mixins import Mixin as M
from typing import Generic

class Plain: pass
class One(Base): pass
class Many(b.Repo, M, Generic[T], metaclass=Meta, **kw): pass
class Lines(
    M,  # a comment, with a comma
    b.Repo,
): pass
class Typed[T](M): pass
class Star(*bases): pass
class Called(make_base()): pass

def f():
    Base = None
    class Shadowed(Base): pass
`
	ff := extract(t, "mod", src)
	got := map[string][]string{}
	for i, s := range ff.Scopes {
		if s.Kind == python.Class {
			got[s.Name] = classBases(ff, i, []byte(src))
		}
	}
	want := map[string][]string{
		"Plain":    nil,
		"One":      {"Base"},
		"Many":     {"pkg.base.Repo", "pkg.mixins.Mixin", "typing.Generic"},
		"Lines":    {"pkg.mixins.Mixin", "pkg.base.Repo"},
		"Typed":    {"pkg.mixins.Mixin"},
		"Star":     nil,
		"Called":   nil,
		"Shadowed": nil, // bound to something unknown in f
	}
	for name, w := range want {
		if !reflect.DeepEqual(got[name], w) {
			t.Errorf("%s: bases %q, want %q", name, got[name], w)
		}
	}
}

func TestNamespacePrefixes(t *testing.T) {
	for _, c := range []struct {
		path, module string
		want         []string
	}{
		{"src/pkg/mod.py", "mod", []string{"pkg.mod", "src.pkg.mod"}},
		{"src/pkg/mod.py", "pkg.mod", []string{"src.pkg.mod"}},
		{"pkg/mod.py", "pkg.mod", nil},
		{"a/pkg/__init__.py", "pkg", []string{"a.pkg"}},
		{"mod.py", "mod", nil},
		{"x/mod.py", "other", nil},
	} {
		if got := namespacePrefixes(c.path, c.module); !reflect.DeepEqual(got, c.want) {
			t.Errorf("namespacePrefixes(%q, %q) = %q, want %q", c.path, c.module, got, c.want)
		}
	}
}
