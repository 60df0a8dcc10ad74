// Package check is the pipeline behind every command that scans: discover
// the project's files, run the enabled rules through the driver, turn their
// diagnostics into findings, then narrow, sort and fingerprint them.
package check

import (
	"fmt"
	"go/token"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/discover"
	"github.com/covet-lint/covet-lint/internal/driver"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// Options says what to scan and how.
type Options struct {
	Root  string
	Rules []*rules.Rule
	// Levels overrides rules' default levels by code; Off drops a rule's
	// findings.
	Levels      map[string]rules.Level
	Jobs        int
	MaxFileSize int64
	// Only narrows reported findings to these root-relative paths (files or
	// folders); the whole root is analysed regardless.
	Only []string
	// Skip excludes paths from discovery (configured excludes).
	Skip func(rel string, isDir bool) bool
	// Extra analyzers run besides the rules' own (tests add front-ends).
	Extra []*analysis.Analyzer
}

// Timing is the duration of one phase.
type Timing struct {
	Phase    string
	Duration time.Duration
}

// LangStat counts the files and bytes of one language.
type LangStat struct {
	Files int
	Bytes int
}

// Report is the outcome of one scan.
type Report struct {
	Findings []report.Finding
	Warnings []source.Warning
	// Errors are internal errors (exit code 3); findings are still valid.
	Errors  []string
	Langs   map[source.Lang]LangStat
	Timings []Timing
	Fset    *token.FileSet
	Set     *source.Set
}

// Files is how many files were analysed.
func (r *Report) Files() int {
	n := 0
	for _, s := range r.Langs {
		n += s.Files
	}
	return n
}

// Run scans opts.Root.
func Run(opts Options) (*Report, error) {
	rep := &Report{Langs: map[source.Lang]LangStat{}}
	start := time.Now()
	found, err := discover.Walk(discover.Options{Root: opts.Root, MaxFileSize: opts.MaxFileSize, Skip: opts.Skip})
	if err != nil {
		return nil, err
	}
	rep.Timings = append(rep.Timings, Timing{"discovery", time.Since(start)})
	for _, f := range found.Files {
		lang, _ := source.LangOf(f.Path)
		s := rep.Langs[lang]
		s.Files++
		s.Bytes += len(f.Src)
		rep.Langs[lang] = s
	}

	byAnalyzer := map[*analysis.Analyzer]*rules.Rule{}
	roots := append([]*analysis.Analyzer{source.Analyzer}, opts.Extra...)
	for _, r := range opts.Rules {
		byAnalyzer[r.Analyzer] = r
		roots = append(roots, r.Analyzer)
	}
	res, err := driver.Run(found.Files, roots, opts.Jobs)
	if err != nil {
		return nil, err
	}
	for _, t := range res.Timings {
		phase := "analyzer " + t.Analyzer.Name // front-ends: parsing per language
		if r := byAnalyzer[t.Analyzer]; r != nil {
			phase = "rule " + r.Code
		}
		rep.Timings = append(rep.Timings, Timing{phase, t.Duration})
	}
	rep.Fset, rep.Set = res.Fset, res.Set
	for _, e := range res.Errors {
		rep.Errors = append(rep.Errors, e.Error())
	}
	rep.Warnings = append(found.Warnings, res.Set.Warnings()...)

	for _, d := range res.Diagnostics {
		r := byAnalyzer[d.Analyzer]
		if r == nil {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s reported a diagnostic but is not a rule", d.Analyzer.Name))
			continue
		}
		f, ok := toFinding(r, opts.Levels, d.Diagnostic, res)
		if !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s reported a diagnostic outside any file: %s", r.Code, d.Message))
			continue
		}
		if f.Level == rules.Off || !within(f.Path, opts.Only) {
			continue
		}
		rep.Findings = append(rep.Findings, f)
	}
	report.Sort(rep.Findings)
	report.Fingerprint(rep.Findings, res.Set)
	return rep, nil
}

func toFinding(r *rules.Rule, levels map[string]rules.Level, d analysis.Diagnostic, res *driver.Result) (report.Finding, bool) {
	loc, ok := report.Locate(res.Fset, res.Set, d.Pos, d.End)
	if !ok {
		return report.Finding{}, false
	}
	level := r.Level
	if l, ok := levels[r.Code]; ok {
		level = l
	}
	f := report.Finding{Code: r.Code, Name: r.Name, Level: level, Message: d.Message, Location: loc, Related: []report.Related{}}
	for _, rel := range d.Related {
		if rl, ok := report.Locate(res.Fset, res.Set, rel.Pos, rel.End); ok {
			f.Related = append(f.Related, report.Related{Location: rl, Message: rel.Message})
		}
	}
	return f, true
}

// within reports whether p is one of only or lies under one of them.
func within(p string, only []string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == "." || o == p || strings.HasPrefix(p, strings.TrimSuffix(o, "/")+"/") {
			return true
		}
	}
	return false
}
