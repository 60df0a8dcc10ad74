package docs

import (
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Ref is one reference of a claim, resolved.
type Ref struct {
	Span   source.Span `json:"span"`
	Target string      `json:"target"`
	// Path is the repository path the reference names, relative to the
	// root; empty for an outside source, a section anchor or a path that
	// leaves the repository.
	Path string `json:"path,omitempty"`
	// External: a URL or a footnote or citation: a source outside the
	// repository.
	External bool `json:"external,omitempty"`
	// Exists: Path is a file or folder of the run.
	Exists bool `json:"exists,omitempty"`
	// Missing: Path does not exist although it names a file covet-lint
	// reads (a script, a results file, a document), so its absence is
	// known, not a file the run does not look at.
	Missing bool `json:"missing,omitempty"`
}

// repo answers whether a path exists among the run's files.
type repo struct {
	paths []string // sorted
	files map[string]bool
}

func newRepo(set *source.Set) *repo {
	r := &repo{files: make(map[string]bool, len(set.Files))}
	for _, f := range set.Files {
		r.paths = append(r.paths, f.Path)
		r.files[f.Path] = true
	}
	sort.Strings(r.paths)
	return r
}

func (r *repo) isFile(p string) bool { return r.files[p] }

// exists reports whether p is a file of the run or a folder holding one.
func (r *repo) exists(p string) bool {
	if r.files[p] {
		return true
	}
	dir := p + "/"
	i := sort.SearchStrings(r.paths, dir)
	return i < len(r.paths) && strings.HasPrefix(r.paths[i], dir)
}

func (r *repo) resolveAll(from string, links []claims.Link) []Ref {
	if len(links) == 0 {
		return nil
	}
	out := make([]Ref, 0, len(links))
	for _, l := range links {
		out = append(out, r.resolve(from, l))
	}
	return out
}

// resolve names the repository path a reference in file from points to:
// relative to the file's folder as Markdown and reStructuredText resolve
// links, or to the root when only that exists (READMEs in docs/ often name
// "benchmarks/run.py" from the root), "/x" from the root.
func (r *repo) resolve(from string, l claims.Link) Ref {
	ref := Ref{Span: l.Span, Target: l.Target}
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(l.Target), "<>"))
	switch {
	case t == "" || strings.HasPrefix(t, "#"):
		return ref
	case strings.HasPrefix(t, "[") || isURL(t):
		ref.External = true // a footnote, a citation or a page elsewhere
		return ref
	case strings.Contains(t, ":"):
		return ref // mailto:, a Sphinx role target, a drive letter
	}
	if i := strings.IndexAny(t, "#?"); i >= 0 {
		t = t[:i]
	}
	if u, err := url.PathUnescape(t); err == nil {
		t = u
	}
	t = strings.TrimSuffix(t, "/")
	if t == "" || t == "." {
		return ref
	}
	var candidates []string
	if strings.HasPrefix(t, "/") {
		candidates = []string{path.Clean(strings.TrimLeft(t, "/"))}
	} else {
		candidates = []string{path.Join(path.Dir(from), t), path.Clean(t)}
	}
	for _, c := range candidates {
		if c == ".." || strings.HasPrefix(c, "../") {
			continue
		}
		if ref.Path == "" {
			ref.Path = c
		}
		if r.exists(c) {
			ref.Path, ref.Exists = c, true
			return ref
		}
	}
	if ref.Path != "" {
		_, reads := source.LangOf(ref.Path)
		ref.Missing = reads
	}
	return ref
}

func isURL(t string) bool {
	i := strings.Index(t, "://")
	if i <= 0 {
		return strings.HasPrefix(t, "www.")
	}
	for _, c := range t[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// pathExts end a word in a code span that names a repository file; a word
// with a slash and one of them, or a script name alone, is a path.
var pathExts = []string{".py", ".rs", ".sh", ".bash", ".ipynb", ".js", ".mjs", ".ts", ".lua", ".json",
	".csv", ".md", ".rst", ".toml", ".txt", ".yaml", ".yml"}

var scriptExts = []string{".py", ".rs", ".sh", ".bash", ".ipynb", ".js", ".lua"}

// pathWords returns the words of code naming repository paths
// ("python benchmarks/run.py --fast" names benchmarks/run.py), with their
// offsets in code.
func pathWords(code string) (words []string, offsets []int) {
	for i := 0; i < len(code); {
		for i < len(code) && isSep(code[i]) {
			i++
		}
		j := i
		for j < len(code) && !isSep(code[j]) {
			j++
		}
		w := strings.TrimRight(code[i:j], ".,;:)")
		if isPathWord(w) {
			words, offsets = append(words, w), append(offsets, i)
		}
		i = j
	}
	return words, offsets
}

func isSep(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '`' || c == '"' || c == '\'' || c == '(' || c == '<' || c == '>' || c == '='
}

func isPathWord(w string) bool {
	if strings.Contains(w, "://") || strings.ContainsAny(w, "*{}$") {
		return false
	}
	w = strings.ToLower(w)
	exts := scriptExts
	if strings.Contains(w, "/") {
		exts = pathExts
		if strings.HasSuffix(w, "/") && len(w) > 1 {
			return true // a folder: benchmarks/
		}
	}
	for _, e := range exts {
		if len(w) > len(e) && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// keepIdentifiers writes back, into text blanked from orig (which starts
// at file offset off), the code spans that are one identifier
// (`keep_alive_timeout`, or an rst inline literal), with _ . - as spaces: the
// names of settings say that a figure next to them is a parameter
// ("`keep_alive_timeout` (5-15s)"), while code with digits stays blank, so
// a number in code is never a figure.
func keepIdentifiers(text string, orig []byte, code []source.Span, off int) string {
	var b []byte
	for _, c := range code {
		start, end := c.Start-off, c.End-off
		for start < end && (orig[start] == '`' || orig[start] == ' ') {
			start++
		}
		for end > start && (orig[end-1] == '`' || orig[end-1] == ' ') {
			end--
		}
		if !isIdentifier(orig[start:end]) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := start; i < end; i++ {
			if ch := orig[i]; ch == '_' || ch == '.' || ch == '-' {
				b[i] = ' '
			} else {
				b[i] = ch
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// isIdentifier: letters joined by _ . or -, no digit, at least 3 bytes.
func isIdentifier(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}
