package frontends

import (
	"maps"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/manifest"
	"github.com/covet-lint/covet-lint/analyzers/markdown"
	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/analyzers/rst"
	"github.com/covet-lint/covet-lint/analyzers/rust"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Comments gathers, by path, the comments of every file a front-end of
// the run parsed. resultOf gives an analyzer's result, nil when it did not
// run: a front-end no enabled rule needed parsed nothing, and its files
// have no comments to read suppressions or expectations from.
func Comments(resultOf func(*analysis.Analyzer) any) map[string][]source.Comment {
	out := map[string][]source.Comment{}
	if r, ok := resultOf(python.Analyzer).(*python.Result); ok {
		maps.Copy(out, r.Comments)
	}
	if r, ok := resultOf(rust.Analyzer).(*rust.Result); ok {
		maps.Copy(out, r.Comments)
	}
	if r, ok := resultOf(markdown.Analyzer).(*markdown.Result); ok {
		maps.Copy(out, r.Comments)
	}
	if r, ok := resultOf(rst.Analyzer).(*rst.Result); ok {
		maps.Copy(out, r.Comments)
	}
	if r, ok := resultOf(manifest.Analyzer).(*manifest.Result); ok {
		maps.Copy(out, r.Comments)
	}
	return out
}
