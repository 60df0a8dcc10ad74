package tsx

import (
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// FrontEnd is what a tree-sitter front-end does to each file of its
// language; Run does the rest the same way for all of them: parse every
// file once, in parallel, extract facts while the tree is alive, record
// comments, close the tree, and key the facts by path.
type FrontEnd[T any] struct {
	Lang source.Lang
	// Grammar returns the tree-sitter language.
	Grammar func() *sitter.Language
	// Guard, when set, is asked before parsing: a non-empty answer skips
	// the file with that warning (input that crashes the grammar in C).
	Guard func(src []byte) string
	// Input, when set, gives the bytes to parse instead of Src (after lone
	// "\r" became "\n"), of the same length so offsets hold.
	Input func(src []byte) []byte
	// SyntaxNotes notes a file whose tree has errors, with the line of the
	// first: a real syntax error or valid syntax the grammar does not know.
	// The facts outside the error regions are kept.
	SyntaxNotes bool
	// Extract computes one file's facts and comments. It checks b as it
	// goes and may return early once b has expired: Run then drops what it
	// returned.
	Extract func(f *source.File, root *sitter.Node, b *Budget) (T, []source.Comment)
}

// ByPath is a front-end's result: one file's facts per parsed path.
type ByPath[T any] struct {
	Files map[string]T
	// Paths lists the keys of Files, sorted, so rules iterate deterministically.
	Paths []string
	// Comments are each parsed file's comments, in source order.
	Comments map[string][]source.Comment
}

// Run runs the front-end over the set's files of its language; skipped
// files are absent from the result.
func (fe *FrontEnd[T]) Run(set *source.Set) *ByPath[T] {
	files := set.Lang(fe.Lang)
	parsers := NewParsers(fe.Grammar())
	defer parsers.Close()
	facts := make([]T, len(files))
	comments := make([][]source.Comment, len(files))
	done := make([]bool, len(files))
	index := make(map[*source.File]int, len(files))
	for i, f := range files {
		index[f] = i
	}
	set.Each(files, func(worker int, f *source.File) {
		if fe.Guard != nil {
			if why := fe.Guard(f.Src); why != "" {
				set.Warn(source.Skipped, f.Path, "%s", why)
				return
			}
		}
		input := newlineInput(f.Src)
		if fe.Input != nil {
			input = fe.Input(input)
		}
		b := NewBudget(set.FileTimeout)
		parsers.VisitInput(set, worker, f, input, b, func(root *sitter.Node) {
			var at source.Span
			bad := false
			if fe.SyntaxNotes {
				at, bad = FirstError(root)
			}
			ff, cs := fe.Extract(f, root, b)
			if b.ExpiredNow() {
				set.Warn(source.TimedOut, f.Path, "skipped: analysis took longer than the %v budget per file (--file-timeout); no findings from this file", set.FileTimeout)
				return
			}
			if bad {
				line := f.Tok.Line(f.Pos(at.Start))
				set.Warn(source.ParseErrors, f.Path, "parsed with errors from line %d (a syntax error, or syntax the grammar does not know); findings there may be missed", line)
			}
			i := index[f]
			facts[i], comments[i], done[i] = ff, cs, true
		})
	})
	out := make(map[string]T, len(files))
	outComments := make(map[string][]source.Comment, len(files))
	var paths []string
	for i, f := range files {
		if done[i] {
			out[f.Path], outComments[f.Path] = facts[i], comments[i]
			paths = append(paths, f.Path)
		}
	}
	sort.Strings(paths)
	return &ByPath[T]{Files: out, Paths: paths, Comments: outComments}
}
