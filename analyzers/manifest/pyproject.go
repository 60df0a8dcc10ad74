package manifest

import (
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// pyprojectMore reads the keys of pyproject.toml that are tables of lists
// or belong to the last [[tool.setuptools-rust.ext-modules]].
func (x *extractor) pyprojectMore(key []keyPart, v *unstable.Node) {
	p := x.ff.Pyproject
	full := names(key)
	switch {
	case len(key) == 3 && strings.HasPrefix(full, "project.optional-dependencies."):
		p.Dependencies = append(p.Dependencies, x.strs(v)...)
	case len(key) == 4 && strings.HasPrefix(full, extModules+".") && len(p.RustExtensions) > 0:
		x.extensionKey(&p.RustExtensions[len(p.RustExtensions)-1], key[3].name, v)
	default:
		x.layoutKey(key, v)
	}
}

// inlineExtensions reads `ext-modules = [{target = "...", path = "..."}]`.
func (x *extractor) inlineExtensions(v *unstable.Node) {
	if v.Kind != unstable.Array {
		return
	}
	p := x.ff.Pyproject
	it := v.Children()
	for it.Next() {
		t := it.Node()
		if t.Kind != unstable.InlineTable {
			continue
		}
		e := RustExtension{Span: spanOf(t)}
		kv := t.Children()
		for kv.Next() {
			if n := kv.Node(); n.Kind == unstable.KeyValue {
				k := keyOf(n)
				if len(k) == 1 {
					x.extensionKey(&e, k[0].name, n.Value())
				}
			}
		}
		p.RustExtensions = append(p.RustExtensions, e)
	}
}

func (x *extractor) extensionKey(e *RustExtension, name string, v *unstable.Node) {
	switch name {
	case "target":
		e.Target = x.str(v)
	case "path":
		e.Path = x.str(v)
	}
}
