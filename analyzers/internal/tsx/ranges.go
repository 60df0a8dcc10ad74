package tsx

import (
	sitter "github.com/smacker/go-tree-sitter"
)

// RangeParser parses parts of one file, one set of included ranges at a
// time, with one parser reused across calls (Markdown's inline grammar runs
// once per block that needs it).
type RangeParser struct {
	lang *sitter.Language
	p    *sitter.Parser
}

// NewRangeParser makes a parser for lang; Close it when done.
func NewRangeParser(lang *sitter.Language) *RangeParser {
	p := sitter.NewParser()
	p.SetLanguage(lang)
	return &RangeParser{lang: lang, p: p}
}

// Parse parses the given ranges of src within budget b; nodes carry src's
// offsets. The caller must Close the tree. After a failed or cancelled
// parse the parser is replaced, so its state never leaks into the next.
func (r *RangeParser) Parse(src []byte, ranges []sitter.Range, b *Budget) (*sitter.Tree, error) {
	r.p.SetIncludedRanges(ranges)
	ctx, cancel := b.context()
	defer cancel()
	tree, err := r.p.ParseCtx(ctx, nil, src)
	if err != nil && ctx.Err() == nil {
		// smacker's watcher of the previous parse's context can set this
		// parser's cancellation flag as that parse ends, failing this one
		// at once: retry once with a fresh parser, as Parsers.Parse does.
		r.p.Close()
		r.p = sitter.NewParser()
		r.p.SetLanguage(r.lang)
		r.p.SetIncludedRanges(ranges)
		tree, err = r.p.ParseCtx(ctx, nil, src)
	}
	if err == nil && ctx.Err() != nil {
		tree.Close()
		tree, err = nil, ErrTimeout
	}
	if err != nil {
		r.p.Close()
		r.p = sitter.NewParser()
		r.p.SetLanguage(r.lang)
		return nil, ErrTimeout
	}
	return tree, nil
}

// Close frees the parser.
func (r *RangeParser) Close() { r.p.Close() }

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
