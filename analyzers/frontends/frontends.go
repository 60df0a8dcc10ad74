// Package frontends lists every front-end, for what must see every language:
// suppression comments (CVT001) and the rule harness's expectations, and
// gathers their comments from a run's results (Comments).
package frontends

import (
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/markdown"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rst"
	"github.com/covet-lint/covet-lint/analyzers/rust"
)

// All are the front-ends, one per language that has comments.
var All = []*analysis.Analyzer{python.Analyzer, rust.Analyzer, markdown.Analyzer, rst.Analyzer, manifest.Analyzer}
