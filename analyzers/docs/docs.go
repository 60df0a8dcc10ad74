package docs

import (
	"iter"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/markdown"
	"github.com/covet-lint/covet-lint/analyzers/rst"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Claim is a claim with its references resolved.
type Claim struct {
	claims.Claim
	Refs []Ref `json:"refs,omitempty"`
	// InTable: the claim is a table cell's.
	InTable bool `json:"in_table,omitempty"`
	// Quoted: the claim's paragraph is a quotation, a user's testimonial
	// ("... was ~40% faster with only 20 minutes of work."): someone
	// else's word, cited by being quoted.
	Quoted bool `json:"quoted,omitempty"`
	// Subjects are other peers named before a relative claim in its
	// sentence ("Uvicorn is 2x faster than Sanic"): the comparison is
	// between them, not the project's.
	Subjects []string `json:"subjects,omitempty"`
}

// File is what one documentation file claims.
type File struct {
	Path string      `json:"path"`
	Lang source.Lang `json:"lang"`
	// Unread, when set, says why the file's claims are not read: a
	// changelog records figures of its day rather than advertising them,
	// and a translation repeats its original's claims.
	Unread string `json:"unread,omitempty"`
	// Units are the units of prose that may hold a claim, in source order.
	Units  []claims.Unit `json:"units,omitempty"`
	Claims []Claim       `json:"claims,omitempty"`
}

// Result is every documentation file's claims.
type Result struct {
	files map[string]*File
	paths []string // sorted
	repo  *repo
	// own are the project's own names, lower-cased: never peers.
	own map[string]bool
}

// Analyzer computes the Result.
var Analyzer = &analysis.Analyzer{
	Name:       "docs",
	Doc:        "finds the performance claims of Markdown and reStructuredText files, with their references resolved; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer, markdown.Analyzer, rst.Analyzer, manifest.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

// Of returns the result; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	md, rs := markdown.Of(pass), rst.Of(pass)
	r := &Result{files: map[string]*File{}, repo: newRepo(set), own: ownNames(set, manifest.Of(pass))}
	rec := claims.New(r.peers(claims.DefaultPeers))
	var todo []*source.File
	for _, p := range md.Paths {
		todo = append(todo, set.File(p))
	}
	for _, p := range rs.Paths {
		todo = append(todo, set.File(p))
	}
	out := make([]*File, len(todo))
	index := make(map[*source.File]int, len(todo))
	for i, f := range todo {
		index[f] = i
	}
	set.Each(todo, func(_ int, f *source.File) {
		df := &File{Path: f.Path, Lang: f.Lang}
		if o, ok := translationOf(f.Path, r.repo.isFile); ok {
			df.Unread = "a translation of " + o
		} else if isChangelog(f.Path) {
			df.Unread = "a changelog"
		}
		switch {
		case df.Unread != "":
		case f.Lang == source.Markdown:
			df.Units = markdownUnits(f.Src, md.Files[f.Path], md.Comments[f.Path])
		default:
			df.Units = rstUnits(f.Src, rs.Files[f.Path])
		}
		df.Claims = r.recognize(rec, df)
		out[index[f]] = df
	})
	for _, df := range out {
		r.files[df.Path] = df
		r.paths = append(r.paths, df.Path)
	}
	sort.Strings(r.paths)
	return r, nil
}

// recognize finds the claims of a file's units and resolves their
// references.
func (r *Result) recognize(rec *claims.Recognizer, f *File) []Claim {
	var out []Claim
	for _, u := range f.Units {
		prev, prevPeers := u.Offset, []string(nil)
		quoted := u.Row == nil && isQuotation(u.Text)
		for _, c := range rec.Recognize(u) {
			out = append(out, Claim{Claim: c, Refs: r.repo.resolveAll(f.Path, c.Links), InTable: u.Row != nil,
				Quoted: quoted, Subjects: subjects(rec, u, c, prev, prevPeers)})
			prev, prevPeers = c.Span.End, c.Peers
		}
	}
	return out
}

// Files yields every documentation file, by path.
func (r *Result) Files() iter.Seq[*File] {
	return func(yield func(*File) bool) {
		for _, p := range r.paths {
			if !yield(r.files[p]) {
				return
			}
		}
	}
}

// File returns one file's claims, or nil.
func (r *Result) File(path string) *File { return r.files[path] }

// Claims yields every claim, by path then position, compared against
// claims.DefaultPeers less the project's own names.
func (r *Result) Claims() iter.Seq2[*File, *Claim] {
	return func(yield func(*File, *Claim) bool) {
		for _, p := range r.paths {
			f := r.files[p]
			for i := range f.Claims {
				if !yield(f, &f.Claims[i]) {
					return
				}
			}
		}
	}
}

// ClaimsWith yields the claims recognised again against other peers (a
// rule's configured list), the project's own names left out, by path then
// position.
func (r *Result) ClaimsWith(peers []claims.Peer) iter.Seq2[*File, *Claim] {
	rec := claims.New(r.peers(peers))
	return func(yield func(*File, *Claim) bool) {
		for _, p := range r.paths {
			f := r.files[p]
			cs := r.recognize(rec, f)
			for i := range cs {
				if !yield(f, &cs[i]) {
					return
				}
			}
		}
	}
}

// Resolve resolves one reference written in the file at path.
func (r *Result) Resolve(path, target string) Ref {
	return r.repo.resolve(path, claims.Link{Target: target})
}

// IsOwn reports whether name is one of the project's own names.
func (r *Result) IsOwn(name string) bool { return r.own[normName(name)] }

// peers drops the peers that are the project itself.
func (r *Result) peers(all []claims.Peer) []claims.Peer {
	var out []claims.Peer
	for _, p := range all {
		own := r.IsOwn(p.Name)
		for _, a := range p.Aliases {
			own = own || r.IsOwn(a)
		}
		if !own {
			out = append(out, p)
		}
	}
	return out
}

// normName folds case and the separators package names differ by.
func normName(s string) string {
	return strings.NewReplacer("-", "", "_", "", ".", "", " ", "").Replace(strings.ToLower(s))
}

// ownNames are the project's names: pyproject's [project] name, each
// Cargo package and library name, and the top-level Python packages (a
// folder with __init__.py at the root or under src/).
func ownNames(set *source.Set, m *manifest.Result) map[string]bool {
	own := map[string]bool{}
	add := func(v *manifest.Value) {
		if v != nil && v.Text != "" {
			own[normName(v.Text)] = true
		}
	}
	for _, p := range m.Paths {
		f := m.Files[p]
		if f.Pyproject != nil {
			add(f.Pyproject.ProjectName)
		}
		if f.Cargo != nil {
			add(f.Cargo.PackageName)
			add(f.Cargo.LibName)
		}
	}
	for _, f := range set.Files {
		parts := strings.Split(f.Path, "/")
		if parts[0] == "src" {
			parts = parts[1:]
		}
		if len(parts) == 2 && parts[1] == "__init__.py" {
			own[normName(parts[0])] = true
		}
	}
	return own
}
