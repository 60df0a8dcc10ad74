// Package rules holds rule metadata and the constructor every rule goes
// through, so that the CLI, the docs and SARIF all read one source.
package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Level is how serious a finding is; the names are SARIF's.
type Level string

const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
	Off     Level = "off"
)

// Rank orders levels: error > warning > note > off.
func (l Level) Rank() int {
	switch l {
	case Error:
		return 3
	case Warning:
		return 2
	case Note:
		return 1
	}
	return 0
}

// ParseLevel accepts error, warning, note and off.
func ParseLevel(s string) (Level, error) {
	switch l := Level(s); l {
	case Error, Warning, Note, Off:
		return l, nil
	}
	return "", fmt.Errorf("unknown level %q (want error, warning, note or off)", s)
}

// Option is one key a rule accepts under [tool.covet-lint.options.<name>]:
// the Decl of an options.Option, which the rule reads its value through.
type Option = options.Decl

// Precision is SARIF's: how often a finding of the rule is right.
type Precision string

const (
	VeryHigh Precision = "very-high"
	High     Precision = "high"
	Medium   Precision = "medium"
	Low      Precision = "low"
)

// Meta describes a rule. It is the single source for `covet-lint rules`,
// `covet-lint rule`, docs/rules and SARIF's tool.driver.rules.
type Meta struct {
	Code  string // CVT201
	Name  string // blocking-call-in-async
	Title string // one line, no final period
	// Doc is Markdown with the sections What it does, Why is this bad?,
	// Example, Use instead, Options.
	Doc       string
	Level     Level
	Languages []source.Lang
	Tags      []string
	// Precision defaults to High.
	Precision Precision
	// Default rules run unless deselected; others must be selected.
	Default bool
	// Options are the Decl of each options.Option the rule reads; New makes
	// the analyzer require options.Analyzer when there are any.
	Options []Option
}

// Rule is a rule's metadata and its analyzer.
type Rule struct {
	Meta
	Analyzer *analysis.Analyzer
}

var (
	codeRe = regexp.MustCompile(`^CVT[0-9]{3}$`)
	nameRe = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
)

// New builds a rule's analyzer from its metadata: the analyzer's Name is the
// kebab name with underscores (a Go identifier) and its Doc the title and doc.
func New(m Meta, requires []*analysis.Analyzer, run func(*analysis.Pass) (any, error)) *Rule {
	if !codeRe.MatchString(m.Code) || !nameRe.MatchString(m.Name) || m.Title == "" || m.Doc == "" || m.Level.Rank() == 0 {
		panic(fmt.Sprintf("rules: incomplete metadata for %q %q", m.Code, m.Name))
	}
	if m.Precision == "" {
		m.Precision = High
	}
	if !m.Precision.valid() {
		panic(fmt.Sprintf("rules: %s: unknown precision %q", m.Code, m.Precision))
	}
	for _, o := range m.Options {
		if !slices.Contains(options.Types, o.Type) || o.Name == "" || o.Doc == "" {
			panic(fmt.Sprintf("rules: %s: option %q needs a name, a doc and one of the types %v", m.Code, o.Name, options.Types))
		}
	}
	// A rule with options reads them from the options result.
	if len(m.Options) > 0 && !slices.Contains(requires, options.Analyzer) {
		requires = append(slices.Clip(requires), options.Analyzer)
	}
	a := &analysis.Analyzer{
		Name:     strings.ReplaceAll(m.Name, "-", "_"),
		Doc:      m.Title + "\n\n" + strings.TrimSpace(m.Doc),
		URL:      DocURL(m.Code),
		Requires: requires,
		Run:      run,
	}
	return &Rule{Meta: m, Analyzer: a}
}

func (p Precision) valid() bool {
	switch p {
	case VeryHigh, High, Medium, Low:
		return true
	}
	return false
}

// InformationURI is where covet-lint lives.
const InformationURI = "https://github.com/covet-lint/covet-lint"

// DocURL is the rule's documentation page.
func DocURL(code string) string {
	return InformationURI + "/blob/main/docs/rules/" + code + ".md"
}

// levelPrefix marks a Diagnostic.Category that carries the finding's level:
// analysis.Diagnostic has no severity of its own.
const levelPrefix = "level:"

// SetLevel gives one diagnostic a level of its own instead of the rule's;
// a level configured for the rule still wins.
func SetLevel(d *analysis.Diagnostic, l Level) {
	d.Category = levelPrefix + string(l)
}

// LevelOf is the level SetLevel gave d, if any.
func LevelOf(d analysis.Diagnostic) (Level, bool) {
	s, ok := strings.CutPrefix(d.Category, levelPrefix)
	if !ok {
		return "", false
	}
	l, err := ParseLevel(s)
	return l, err == nil
}
