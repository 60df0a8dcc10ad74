// Package unusedsuppression is CVT001: suppression comments that suppress
// nothing or name unknown rules. Its findings need every other rule's
// findings, which no analysis pass can see, so the check pipeline produces
// them (internal/suppress) after the other rules ran; the analyzer only
// makes sure the front-ends have recorded every file's comments.
package unusedsuppression

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/frontends"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

// Rule is CVT001.
var Rule = rules.New(rules.Meta{
	Code:      "CVT001",
	Name:      "unused-suppression",
	Title:     "Suppression comment that suppresses nothing or names an unknown rule",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Python, source.Rust, source.Markdown, source.RST, source.TOML},
	Tags:      []string{"maintainability"},
	Precision: "very-high",
	Default:   true,
}, append([]*analysis.Analyzer{source.Analyzer}, frontends.All...), run)

// run reports nothing: see the package comment.
func run(*analysis.Pass) (any, error) { return nil, nil }
