// Package source holds what every front-end shares: the files of one run,
// registered in one token.FileSet, and plain per-file data (spans, comments,
// warnings) that carries no tree nodes, so it can be cached.
package source

import (
	"path"
	"strings"
)

// Lang is the language a file is analysed as.
type Lang string

const (
	Python   Lang = "python"
	Rust     Lang = "rust"
	Markdown Lang = "markdown"
	TOML     Lang = "toml"
	// RST is reStructuredText, read by a line-based reader (no grammar).
	RST Lang = "rst"
	// Text files are read (setup.cfg, requirements*.txt, scripts and
	// results files of benchmarks) but have no grammar.
	Text Lang = "text"
	// Listed files (.pyi, .so, .pyd) are known to exist but never read.
	Listed Lang = "listed"
)

// LangOf tells how a file is analysed, from its name alone; ok is false for
// files covet-lint does not look at.
func LangOf(p string) (lang Lang, ok bool) {
	base := path.Base(p)
	switch {
	case strings.HasSuffix(base, ".py"):
		return Python, true
	case strings.HasSuffix(base, ".rs"):
		return Rust, true
	case strings.HasSuffix(base, ".md") || strings.HasSuffix(base, ".markdown") || strings.HasSuffix(base, ".mdx"):
		// MDX pages are Markdown with JSX, which the block grammar reads as
		// HTML blocks.
		return Markdown, true
	case base == "Cargo.toml" || base == "pyproject.toml":
		return TOML, true
	case strings.HasSuffix(base, ".rst"):
		return RST, true
	case base == "setup.cfg" || (strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt")):
		return Text, true
	case script(base):
		// Shell scripts and Makefiles start load generators (wrk, k6, ...).
		return Text, true
	case InBenchmarkFolder(p) && (benchScript(base) || resultsFile(base)):
		// Load-test scripts in JavaScript and results files count only
		// where benchmarks live: elsewhere they are the project's own.
		return Text, true
	case strings.HasSuffix(base, ".pyi") || strings.HasSuffix(base, ".so") || strings.HasSuffix(base, ".pyd"):
		return Listed, true
	}
	return "", false
}

// Span is a half-open byte range [Start, End) in one file's source.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Comment is one comment as the grammar sees it, with its delimiters.
type Comment struct {
	Span
	// Text is the comment's source text, delimiters included.
	Text string `json:"text"`
	// Trailing is true when code precedes the comment on its first line.
	Trailing bool `json:"trailing,omitempty"`
	// Covers, when set by a front-end, is the range a comment alone on its
	// line covers (Markdown: the next block). Zero means "the next line that
	// is neither blank nor only a comment", which the suppression code finds.
	Covers Span `json:"covers,omitempty"`
}

// WarningKind says what a problem with one file cost: the whole file, its
// facts, part of its text, or nothing but certainty.
type WarningKind string

const (
	// Skipped: the file was not analysed (unreadable, binary, too large,
	// not a regular file, a symlink not followed, input that crashes a
	// grammar).
	Skipped WarningKind = "skipped"
	// TimedOut: the file ran past its time budget; its facts were dropped.
	TimedOut WarningKind = "timed-out"
	// Degraded: the file was analysed, but part of it may be misread
	// (invalid UTF-8, a manifest that does not parse).
	Degraded WarningKind = "degraded"
	// ParseErrors: the grammar found errors in the file's tree, a real
	// syntax error or valid syntax it does not know. Facts outside the
	// error regions are kept; this is a note, not a warning.
	ParseErrors WarningKind = "parse-errors"
)

// IsNote reports whether problems of this kind are notes rather than
// warnings: counted in the summary, listed with --verbose and in SARIF.
func (k WarningKind) IsNote() bool { return k == ParseErrors }

// Warning is a problem with one file that loses that file (or part of it) but
// not the run: unreadable, binary, too large, syntax error, timed out.
type Warning struct {
	Path    string      `json:"path"`
	Kind    WarningKind `json:"kind"`
	Message string      `json:"message"`
}

// BenchmarkFolders are the folder names under which files are benchmark
// code, scripts or results.
var BenchmarkFolders = []string{"bench", "benches", "benchmark", "benchmarks", "perf", "performance", "loadtest", "loadtests", "load_tests", "load-tests", "stress"}

// InBenchmarkFolder reports whether some folder of p (slash-separated,
// relative to the root) is a benchmark folder.
func InBenchmarkFolder(p string) bool {
	dirs := strings.Split(path.Dir(p), "/")
	for _, d := range dirs {
		for _, b := range BenchmarkFolders {
			if strings.EqualFold(d, b) {
				return true
			}
		}
	}
	return false
}

func script(base string) bool {
	return strings.HasSuffix(base, ".sh") || strings.HasSuffix(base, ".bash") ||
		base == "Makefile" || base == "makefile" || base == "GNUmakefile" || strings.HasSuffix(base, ".mk")
}

func benchScript(base string) bool {
	return strings.HasSuffix(base, ".js") || strings.HasSuffix(base, ".mjs") || strings.HasSuffix(base, ".ts") ||
		strings.HasSuffix(base, ".lua") // wrk scripts
}

func resultsFile(base string) bool {
	return strings.HasSuffix(base, ".json") || strings.HasSuffix(base, ".csv") || strings.HasSuffix(base, ".txt")
}
