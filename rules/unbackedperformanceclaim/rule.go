// Package unbackedperformanceclaim is CVT102: a performance figure in the
// documentation that nothing in the repository measures.
package unbackedperformanceclaim

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

// Rule is CVT102.
var Rule = rules.New(rules.Meta{
	Code:      "CVT102",
	Name:      "unbacked-performance-claim",
	Title:     "Performance figure in the docs that nothing in the repository measures",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Markdown, source.RST},
	Tags:      []string{"performance", "benchmark-integrity", "documentation", "cross-file"},
	// Medium: a figure may come from a benchmark kept elsewhere that the
	// docs neither link nor cite.
	Precision: rules.Medium,
	Default:   true,
}, []*analysis.Analyzer{source.Analyzer, docs.Analyzer, measure.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	x := newEvidenceIndex(measure.Of(pass))
	for line := range docs.ByLine(set, docs.Of(pass).Claims(), ours) {
		var first *docs.Claim
		var e evidence
		more := 0
		for _, c := range line.Claims {
			ce, backed := x.judge(c)
			switch {
			case backed:
			case first == nil:
				first, e = c, ce
			default:
				more++
				if ce.typed {
					e.related = append(e.related, ce.related...)
				}
			}
		}
		if first != nil {
			pass.Report(diagnostic(set, line.File.Path, first, e, more))
		}
	}
	return nil, nil
}

// ours: every figure but a relative one against a named peer ("2.7x
// faster than Django"), which is CVT104's alone, and comparisons without
// a figure.
func ours(c *docs.Claim) bool {
	switch c.Kind {
	case claims.Comparison:
		return false
	case claims.Multiplier, claims.Percentage:
		return len(c.Peers) == 0
	}
	return true
}

func diagnostic(set *source.Set, path string, c *docs.Claim, e evidence, more int) analysis.Diagnostic {
	f := set.File(path)
	msg := fmt.Sprintf("%s is not backed: %s", c.Raw, e.why)
	if c.Qualifiers&claims.UpTo != 0 {
		msg += `; "up to" advertises a best case, not what users get`
	}
	switch {
	case more == 1:
		msg += " (and 1 more figure on this line)"
	case more > 1:
		msg += fmt.Sprintf(" (and %d more figures on this line)", more)
	}
	msg += "; link the script that measures it, or cite the source"
	d := analysis.Diagnostic{Pos: f.Pos(c.Span.Start), End: f.Pos(c.Span.End), Message: msg}
	for _, p := range dedupe(e.related) {
		at := set.File(p.path)
		if at == nil {
			continue
		}
		end := p.span.End
		if end <= p.span.Start {
			end = lineEnd(at.Src, p.span.Start)
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: at.Pos(p.span.Start), End: at.Pos(end), Message: p.message})
	}
	return d
}

func dedupe(ps []place) []place {
	seen := map[place]bool{}
	var out []place
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func lineEnd(src []byte, at int) int {
	for at < len(src) && src[at] != '\n' && src[at] != '\r' {
		at++
	}
	return at
}
