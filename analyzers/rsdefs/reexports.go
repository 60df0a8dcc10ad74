package rsdefs

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// reexport is a name a file's module brings in with `use` (`pub use
// client::Client;` in lib.rs): other modules and crates can name the item
// through it (`app::Client::new()`).
type reexport struct {
	file  string
	value string // as the front-end wrote it: "client::Client", "crate::db"
}

// Bounds on following re-exports: how many in a row (a cycle of `use`
// declarations ends), and how many segments of a path are tried as one.
const (
	maxReexportHops = 4
	maxPathSegments = 16
)

// addReexports records the file-level use declarations of a file (inline
// modules' are left out). Two of one full path, from two files, name
// nothing.
func (x *Index) addReexports(ff *rust.FileFacts, prefix string) {
	for _, b := range ff.Bindings {
		if b.Kind != rust.Use || b.Value == "" || b.Visible.Start != 0 {
			continue
		}
		k := rust.JoinPath(prefix, b.Name)
		if old, seen := x.reexports[k]; seen && old.file != ff.Path {
			x.reexports[k] = reexport{}
			continue
		}
		x.reexports[k] = reexport{file: ff.Path, value: b.Value}
	}
}

// lookup finds the fns a full path names: directly, or through the
// re-export standing for its longest prefix, a few in a row.
func (x *Index) lookup(full string) []Def {
	todo := []string{full}
	for hop := 0; hop <= maxReexportHops && len(todo) > 0; hop++ {
		var next []string
		for _, p := range todo {
			if ds := x.direct(p); len(ds) > 0 {
				return ds
			}
			next = append(next, x.throughReexport(p)...)
		}
		todo = next
	}
	return nil
}

func (x *Index) direct(full string) []Def {
	if ds := x.exact[full]; len(ds) > 0 {
		return ds
	}
	return x.alias[full]
}

// throughReexport is where a full path leads when one of its prefixes is
// a re-export: the re-exported path's candidates, followed by the rest.
func (x *Index) throughReexport(full string) []string {
	segs := strings.SplitN(full, "::", maxPathSegments+1)
	if len(segs) > maxPathSegments {
		return nil
	}
	for k := len(segs); k >= 2; k-- {
		r, ok := x.reexports[strings.Join(segs[:k], "::")]
		if !ok {
			continue
		}
		if r.file == "" {
			return nil // ambiguous
		}
		return x.candidates(r.file, "", rust.JoinPath(r.value, strings.Join(segs[k:], "::")))
	}
	return nil
}
