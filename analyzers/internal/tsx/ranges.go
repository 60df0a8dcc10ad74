package tsx

import (
	sitter "github.com/smacker/go-tree-sitter"
)

// RangeParser parses parts of one file, one set of included ranges at a
// time, with one parser reused across calls (Markdown's inline grammar runs
// once per block that needs it).
type RangeParser struct {
	lang *sitter.Language
	p    *sitter.Parser // nil until the first parse, and after a failed one
}

// NewRangeParser makes a parser for lang; Close it when done.
func NewRangeParser(lang *sitter.Language) *RangeParser {
	return &RangeParser{lang: lang}
}

// Parse parses the given ranges of src within budget b; nodes carry src's
// offsets. The caller must Close the tree. After a failed or cancelled
// parse the parser is replaced, so its state never leaks into the next.
func (r *RangeParser) Parse(src []byte, ranges []sitter.Range, b *Budget) (*sitter.Tree, error) {
	ctx, cancel := b.context()
	defer cancel()
	get := func() *sitter.Parser {
		if r.p == nil {
			r.p = sitter.NewParser()
			r.p.SetLanguage(r.lang)
		}
		r.p.SetIncludedRanges(ranges)
		return r.p
	}
	return parseRetrying(ctx, src, get, r.drop)
}

func (r *RangeParser) drop() {
	if r.p != nil {
		r.p.Close()
		r.p = nil
	}
}

// Close frees the parser.
func (r *RangeParser) Close() { r.drop() }

// Points gives the row and column of increasing offsets of Src, counting on
// from where the previous call stopped, for the points of included ranges.
type Points struct {
	Src      []byte
	off      int
	row, col uint32
}

// At is the point of offset off; offsets must not decrease between calls.
func (p *Points) At(off int) sitter.Point {
	for ; p.off < off && p.off < len(p.Src); p.off++ {
		if p.Src[p.off] == '\n' {
			p.row, p.col = p.row+1, 0
		} else {
			p.col++
		}
	}
	return sitter.Point{Row: p.row, Column: p.col}
}
