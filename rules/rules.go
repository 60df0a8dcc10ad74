// Package rules holds rule metadata and the constructor every rule goes
// through, so that the CLI, the docs and SARIF all read one source.
package rules

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"

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

// Option is one key a rule accepts under [tool.covet-lint.options.<name>].
// Its value is set through the rule analyzer's Flags under the same name.
type Option struct {
	Name string
	// Type is "string", "bool", "int" or "list" (a list of strings).
	Type string
	Doc  string
}

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
	// Precision is SARIF's: very-high, high, medium or low.
	Precision string
	// Default rules run unless deselected; others must be selected.
	Default bool
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
		m.Precision = "high"
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

// InformationURI is where covet-lint lives.
const InformationURI = "https://github.com/covet-lint/covet-lint"

// DocURL is the rule's documentation page.
func DocURL(code string) string {
	return InformationURI + "/blob/main/docs/rules/" + code + ".md"
}

// StringList is a flag.Value for "list" options. Lists reach a rule's flag
// as the flag package expects, comma-separated ("a,b"); a list whose
// elements hold commas arrives as a JSON array of strings, which StringList
// reads too. Set replaces the list; String gives it back in a form Set
// reads, so a flag's DefValue restores the default between runs.
type StringList []string

// String is the list as a JSON array.
func (l *StringList) String() string {
	if l == nil || *l == nil {
		return "[]"
	}
	b, _ := json.Marshal([]string(*l))
	return string(b)
}

// Set replaces the list with a JSON array of strings, or with the
// comma-separated elements of s.
func (l *StringList) Set(s string) error {
	if strings.HasPrefix(strings.TrimSpace(s), "[") {
		var v []string
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return fmt.Errorf("want a JSON array of strings: %v", err)
		}
		*l = v
		return nil
	}
	v := []string{}
	for _, e := range strings.Split(s, ",") {
		if e = strings.TrimSpace(e); e != "" {
			v = append(v, e)
		}
	}
	*l = v
	return nil
}
