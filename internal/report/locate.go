package report

import (
	"go/token"
	"unicode/utf8"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Locator converts token positions of one run to Locations: 1-based lines
// from the files' line tables and code-point columns from their sources.
// A column counts the code points between its line's start and its offset;
// on a long line (a minified file: 70,000 findings on one 980 KB line
// took 185 s) it reads a per-file index of code-point counts instead, so
// each position costs O(runeBlock) rather than O(line).
type Locator struct {
	fset  *token.FileSet
	set   *source.Set
	index map[*token.File]*runeIndex
}

// NewLocator makes a Locator for the files of fset and set.
func NewLocator(fset *token.FileSet, set *source.Set) *Locator {
	return &Locator{fset: fset, set: set, index: map[*token.File]*runeIndex{}}
}

// Locate converts one position range as a Locator would, counting columns
// from the line start: for a position or two, where an index does not pay.
func Locate(fset *token.FileSet, set *source.Set, pos, end token.Pos) (Location, bool) {
	return (&Locator{fset: fset, set: set}).Locate(pos, end)
}

// Locate converts a token position range to a Location. end may be NoPos.
func (l *Locator) Locate(pos, end token.Pos) (Location, bool) {
	tf := l.fset.File(pos)
	if tf == nil {
		return Location{}, false
	}
	if !end.IsValid() || l.fset.File(end) != tf || end < pos {
		end = pos
	}
	var src []byte
	if f := l.set.File(tf.Name()); f != nil {
		src = f.Src
	}
	start, stop := tf.Offset(pos), tf.Offset(end)
	loc := Location{Path: tf.Name(), Offset: start}
	loc.Line, loc.Column = l.lineCol(tf, src, start)
	loc.EndLine, loc.EndColumn = l.lineCol(tf, src, stop)
	return loc, true
}

// lineCol is the 1-based line and code-point column of off. A byte order
// mark at the start of the file is not a column: editors hide it.
func (l *Locator) lineCol(tf *token.File, src []byte, off int) (int, int) {
	line := tf.Line(tf.Pos(off))
	ls := tf.Offset(tf.LineStart(line))
	if off > len(src) || ls > off {
		return line, off - ls + 1
	}
	ls = min(ls+bomAt(src, ls), off)
	if l.index == nil || off-ls < 2*runeBlock {
		return line, utf8.RuneCount(src[ls:off]) + 1
	}
	idx := l.index[tf]
	if idx == nil {
		idx = newRuneIndex(src)
		l.index[tf] = idx
	}
	return line, idx.before(src, off) - idx.before(src, ls) + 1
}

// runeBlock is the spacing of a runeIndex's checkpoints, in bytes.
const runeBlock = 1024

// runeIndex holds, about every runeBlock bytes, an offset where decoding
// src from its start begins a character (at) and how many code points come
// before it (count), as utf8.RuneCount counts them: a byte that is not
// UTF-8 is one.
type runeIndex struct {
	at, count []int
}

func newRuneIndex(src []byte) *runeIndex {
	idx := &runeIndex{}
	n := 0
	for i := 0; i < len(src); n++ {
		if i >= len(idx.at)*runeBlock {
			idx.at = append(idx.at, i)
			idx.count = append(idx.count, n)
		}
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(src[i:])
		i += size
	}
	return idx
}

// before is utf8.RuneCount(src[:off]) for an off where decoding from the
// start begins a character (every line start, and the end of a BOM), or
// any off as the end of a count from such a place.
func (idx *runeIndex) before(src []byte, off int) int {
	k := min(off/runeBlock, len(idx.at)-1)
	for k > 0 && idx.at[k] > off {
		k--
	}
	if k < 0 {
		return utf8.RuneCount(src[:off])
	}
	return idx.count[k] + utf8.RuneCount(src[idx.at[k]:off])
}
