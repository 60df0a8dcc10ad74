package claims

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// pathExts end a word that names a file in the repository.
var pathExts = []string{".py", ".rs", ".sh", ".ipynb", ".js", ".ts", ".json", ".csv", ".md",
	".rst", ".toml", ".yaml", ".yml", ".txt", ".lua", ".html"}

// scriptExts name a file even without a folder: run_bench.py, but not
// Node.js.
var scriptExts = []string{".py", ".rs", ".sh", ".ipynb"}

// appendRefs returns the caller's links followed by the bare URLs and
// repository paths in the text; the caller's slice is not modified.
func appendRefs(links []Link, sc *scan, off int) []Link {
	out := links
	owned := false
	for _, t := range sc.toks {
		w := t.text(sc.s)
		if t.kind != tURL && !(t.kind == tWord && isPath(w)) {
			continue
		}
		if !owned {
			out, owned = append([]Link(nil), links...), true
		}
		out = append(out, Link{Span: source.Span{Start: off + int(t.start), End: off + int(t.end)}, Target: w})
	}
	return out
}

func isPath(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	exts := scriptExts
	if strings.Contains(w, "/") {
		exts = pathExts
	}
	for _, e := range exts {
		if len(w) > len(e) && strings.HasSuffix(strings.ToLower(w), e) {
			return true
		}
	}
	return false
}

// citesSource finds a citation written out: "according to", "source:".
func (sc *scan) citesSource() bool {
	for i := range sc.toks {
		w := sc.word(i)
		if (strings.EqualFold(w, "according") && strings.EqualFold(sc.word(i+1), "to")) ||
			((strings.EqualFold(w, "source") || strings.EqualFold(w, "sources")) && sc.sym(i+1) == ":") {
			return true
		}
	}
	return false
}
