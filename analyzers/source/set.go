package source

import (
	"fmt"
	"go/token"
	"reflect"
	"sort"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// File is one file of the run. Path is slash-separated and relative to the
// project root; it is also the file's name in the run's token.FileSet.
type File struct {
	Path string
	Lang Lang
	Src  []byte
	Tok  *token.File
}

// Pos maps a byte offset of the file to a position in the run's FileSet.
func (f *File) Pos(offset int) token.Pos {
	if offset > f.Tok.Size() {
		offset = f.Tok.Size()
	}
	return f.Tok.Pos(offset)
}

// Set is every file of one run, with the warnings the front-ends found in
// them (their comments are in their results). It is safe for concurrent
// use by front-ends.
type Set struct {
	Files []*File // sorted by Path
	// Jobs is how many files are parsed at once.
	Jobs int
	// FileTimeout is one file's time budget for parsing, query matching and
	// extraction together.
	FileTimeout time.Duration

	byPath   map[string]*File
	mu       sync.Mutex
	warnings []Warning
}

// NewSet builds a Set from files already registered in fset, with the
// run's settings (zero values take the defaults).
func NewSet(files []*File, settings Settings) *Set {
	settings = settings.withDefaults()
	s := &Set{Files: files, Jobs: settings.Jobs, FileTimeout: settings.FileTimeout, byPath: map[string]*File{}}
	sort.Slice(s.Files, func(i, j int) bool { return s.Files[i].Path < s.Files[j].Path })
	for _, f := range files {
		s.byPath[f.Path] = f
	}
	return s
}

// File returns the file at path, or nil.
func (s *Set) File(path string) *File { return s.byPath[path] }

// Lang returns the files of one language, sorted by path.
func (s *Set) Lang(lang Lang) []*File {
	var out []*File
	for _, f := range s.Files {
		if f.Lang == lang {
			out = append(out, f)
		}
	}
	return out
}

// Warn records a problem with one file.
func (s *Set) Warn(kind WarningKind, path, format string, args ...any) {
	s.mu.Lock()
	s.warnings = append(s.warnings, Warning{Path: path, Kind: kind, Message: fmt.Sprintf(format, args...)})
	s.mu.Unlock()
}

// Warnings returns the recorded warnings sorted by path and message.
func (s *Set) Warnings() []Warning {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := append([]Warning(nil), s.warnings...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Message < out[j].Message
	})
	return out
}

// Analyzer gives every rule and front-end the run's files. Its driver must
// register each file in the pass's FileSet under the path it passes in
// OtherFiles, and serve its content through ReadFile.
var Analyzer = &analysis.Analyzer{
	Name:       "source",
	Doc:        "registers the files of the run; reports nothing",
	Requires:   []*analysis.Analyzer{SettingsAnalyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Set)(nil)),
}

// Of returns the run's files; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Set {
	return pass.ResultOf[Analyzer].(*Set)
}

func run(pass *analysis.Pass) (any, error) {
	settings := pass.ResultOf[SettingsAnalyzer].(*Settings)
	toks := map[string]*token.File{}
	pass.Fset.Iterate(func(f *token.File) bool {
		toks[f.Name()] = f
		return true
	})
	var files []*File
	for _, p := range pass.OtherFiles {
		lang, ok := LangOf(p)
		tf := toks[p]
		if !ok || tf == nil {
			continue
		}
		f := &File{Path: p, Lang: lang, Tok: tf}
		if lang != Listed {
			src, err := pass.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", p, err)
			}
			f.Src = src
		}
		files = append(files, f)
	}
	return NewSet(files, *settings), nil
}
