// Package check is the pipeline behind every command that scans: discover
// the project's files, run the enabled rules through the driver, turn their
// diagnostics into findings, then narrow, sort and fingerprint them.
package check

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/frontends"
	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/discover"
	"github.com/covet-lint/covet-lint/internal/driver"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/internal/suppress"
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
	// FileTimeout is one file's time budget; 0 means the default.
	FileTimeout time.Duration
	// Only narrows reported findings to these root-relative paths (files or
	// folders); the whole root is analysed regardless.
	Only []string
	// Skip excludes paths from discovery.
	Skip func(rel string, isDir bool) bool
	// Include and Exclude are the configured doublestar globs, relative to
	// Root, handed to discovery; NoGitignore is respect-gitignore = false.
	Include, Exclude []string
	NoGitignore      bool
	// Extra analyzers run besides the rules' own (tests add front-ends).
	Extra []*analysis.Analyzer

	// Known is every rule covet-lint has, for suppressions naming rules
	// that are not enabled; nil means Rules.
	Known []*rules.Rule
	// FileIgnores, if set, drops rule r's findings in path p
	// (per-file-ignores); suppressions of r there are not called unused.
	FileIgnores func(p string, r *rules.Rule) bool
	// RuleOptions are the rules' options (rule name -> key -> a string,
	// bool, int64 or []string, as the rule declares), given to analyzers as
	// the result of options.Analyzer for this run only. Options left out
	// take their defaults.
	RuleOptions options.Values
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
	// Comments are the comments of every parsed file, by path.
	Comments map[string][]source.Comment
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
	if opts.Known == nil {
		opts.Known = opts.Rules
	}
	if err := checkOptions(opts.Known, opts.RuleOptions); err != nil {
		return nil, err
	}
	start := time.Now()
	found, err := discover.Walk(discover.Options{Root: opts.Root, MaxFileSize: opts.MaxFileSize, Skip: opts.Skip,
		Include: opts.Include, Exclude: opts.Exclude, NoGitignore: opts.NoGitignore})
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
	values := opts.RuleOptions
	if values == nil {
		values = options.Values{}
	}
	res, err := driver.Run(found.Files, roots, driver.Config{
		Settings: source.Settings{Jobs: opts.Jobs, FileTimeout: opts.FileTimeout},
		Seeds:    map[*analysis.Analyzer]any{options.Analyzer: &values},
	})
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
	rep.Fset, rep.Set, rep.Comments = res.Fset, res.Set, frontends.Comments(res.Of)
	for _, e := range res.Errors {
		rep.Errors = append(rep.Errors, e.Error())
	}
	rep.Warnings = append(found.Warnings, res.Set.Warnings()...)

	locator := report.NewLocator(res.Fset, res.Set) // one code-point index per file with long lines
	for _, d := range res.Diagnostics {
		r := byAnalyzer[d.Analyzer]
		if r == nil {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s reported a diagnostic but is not a rule", d.Analyzer.Name))
			continue
		}
		f, ok := toFinding(r, opts.Levels, d.Diagnostic, locator)
		if !ok {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s reported a diagnostic outside any file: %s", r.Code, d.Message))
			continue
		}
		if f.Level == rules.Off || (opts.FileIgnores != nil && opts.FileIgnores(f.Path, r)) {
			continue
		}
		rep.Findings = append(rep.Findings, f)
	}
	suppressStart := time.Now()
	rep.Findings = suppressFindings(opts, rep, res)
	rep.Timings = append(rep.Timings, Timing{"suppression", time.Since(suppressStart)})
	narrowed := rep.Findings[:0]
	for _, f := range rep.Findings {
		if within(f.Path, opts.Only) {
			narrowed = append(narrowed, f)
		}
	}
	rep.Findings = narrowed
	report.Sort(rep.Findings)
	report.Fingerprint(rep.Findings, res.Set)
	return rep, nil
}

// suppressFindings drops the findings suppression comments cover, then,
// when CVT001 is enabled, adds its findings: directives that covered
// nothing for rules that ran there, and unknown rules. CVT001's own
// findings can be suppressed and per-file-ignored like any other.
func suppressFindings(opts Options, rep *Report, res *driver.Result) []report.Finding {
	dirs := suppress.Collect(res.Set, rep.Comments, suppress.NewKnown(opts.Known))
	kept := suppress.Apply(rep.Findings, dirs)
	var unused *rules.Rule
	ran := map[string]bool{}
	for _, r := range opts.Rules {
		ran[r.Code] = opts.Levels[r.Code] != rules.Off
		if r.Code == suppress.UnusedCode {
			unused = r
		}
	}
	if unused == nil || !ran[unused.Code] {
		return kept
	}
	// A rule that failed reported only part of its findings; rather than
	// call its suppressions unused, report only unknown rules then.
	failed := len(res.Errors) > 0
	ranOn := func(p string, r *rules.Rule) bool {
		return !failed && ran[r.Code] && (opts.FileIgnores == nil || !opts.FileIgnores(p, r))
	}
	level := unused.Level
	if l, ok := opts.Levels[unused.Code]; ok {
		level = l
	}
	toFindings := func(problems []suppress.Problem) []report.Finding {
		var out []report.Finding
		for _, p := range problems {
			f := res.Set.File(p.Path)
			loc, ok := report.Locate(res.Fset, res.Set, f.Pos(p.Span.Start), f.Pos(p.Span.End))
			if !ok || (opts.FileIgnores != nil && opts.FileIgnores(p.Path, unused)) {
				continue
			}
			out = append(out, report.Finding{Code: unused.Code, Name: unused.Name, Level: level, Message: p.Message, Location: loc, Related: []report.Related{}})
		}
		return out
	}
	kept = append(kept, suppress.Apply(toFindings(suppress.Unused(dirs, ranOn)), dirs)...)
	// Suppressions of CVT001 are judged once its findings went through them;
	// what that reports is final (a trailing `# noqa: CVT001` would
	// otherwise silence its own report).
	if !failed {
		kept = append(kept, toFindings(suppress.UnusedSelf(dirs))...)
	}
	return kept
}

// checkOptions rejects options of unknown rules, keys a rule does not
// declare and values not of the declared type. The configuration reports
// the same problems with file and line; this guards other callers.
func checkOptions(known []*rules.Rule, values options.Values) error {
	for name, kv := range values {
		r := findByName(known, name)
		if r == nil {
			return fmt.Errorf("options for unknown rule %q", name)
		}
		for k, v := range kv {
			i := slices.IndexFunc(r.Options, func(o rules.Option) bool { return o.Name == k })
			if i < 0 {
				return fmt.Errorf("rule %s has no option %q", name, k)
			}
			if t := r.Options[i].Type; !t.Check(v) {
				return fmt.Errorf("options.%s.%s: want a %s, got %T", name, k, t, v)
			}
		}
	}
	return nil
}

func findByName(known []*rules.Rule, name string) *rules.Rule {
	for _, r := range known {
		if r.Name == name {
			return r
		}
	}
	return nil
}

func toFinding(r *rules.Rule, levels map[string]rules.Level, d analysis.Diagnostic, locator *report.Locator) (report.Finding, bool) {
	loc, ok := locator.Locate(d.Pos, d.End)
	if !ok {
		return report.Finding{}, false
	}
	// The configured level wins over the one a rule gave the finding, which
	// wins over the rule's default.
	level := r.Level
	if l, ok := rules.LevelOf(d); ok {
		level = l
	}
	if l, ok := levels[r.Code]; ok {
		level = l
	}
	f := report.Finding{Code: r.Code, Name: r.Name, Level: level, Message: d.Message, Location: loc, Related: []report.Related{}}
	for _, rel := range d.Related {
		if rl, ok := locator.Locate(rel.Pos, rel.End); ok {
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
