package report

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Fingerprint sets each finding's fingerprint: a hash of the code, the path,
// the primary line's text with whitespace collapsed, and how many findings
// before it in the file share those three. It stays put when unrelated
// lines move. fs must be sorted.
//
// Each line's text is collapsed and hashed once, however many findings it
// holds: findings of one line are adjacent, and the hash state after the
// shared prefix is cloned per finding. Before, 70,000 findings on one
// 980 KB line each copied and hashed the whole line (262 s).
func Fingerprint(fs []Finding, set *source.Set) {
	type group struct {
		code, path string
		text       [sha256.Size]byte // the collapsed line's own hash
	}
	type prefix struct {
		h    hash.Cloner // after code, path and text
		seen int
	}
	prefixes := map[group]*prefix{}
	var (
		cur     lineRef
		text    string
		textSum [sha256.Size]byte
	)
	for i := range fs {
		f := &fs[i]
		if ref := lineOf(set, f.Path, f.Offset); i == 0 || ref != cur {
			cur = ref
			text = ref.collapsed()
			textSum = sha256.Sum256([]byte(text))
		}
		g := group{f.Code, f.Path, textSum}
		p := prefixes[g]
		if p == nil {
			h := sha256.New().(hash.Cloner)
			h.Write([]byte(f.Code + "\x00" + f.Path + "\x00"))
			h.Write([]byte(text))
			h.Write([]byte{0})
			p = &prefix{h: h}
			prefixes[g] = p
		}
		h, err := p.h.Clone()
		if err != nil {
			panic(err) // sha256 always clones
		}
		h.Write(strconv.AppendInt(nil, int64(p.seen), 10))
		p.seen++
		f.Fingerprint = hex.EncodeToString(h.Sum(nil)[:16])
	}
}

// lineRef is the text of the line holding a finding.
type lineRef struct {
	src        *source.File
	start, end int
}

// lineOf is the line holding offset off of path, without its break; past
// a final line break it is empty. Unknown files have no text.
func lineOf(set *source.Set, path string, off int) lineRef {
	sf := set.File(path)
	if sf == nil || sf.Tok == nil {
		return lineRef{}
	}
	src := sf.Src
	off = min(off, len(src))
	if off == len(src) && off > 0 && (src[off-1] == '\n' || src[off-1] == '\r') {
		return lineRef{sf, off, off}
	}
	start, end := lineBounds(sf.Tok, src, sf.Tok.Line(sf.Tok.Pos(off)))
	return lineRef{sf, start, end}
}

// collapsed is the line with runs of whitespace made one space and none
// at either end.
func (r lineRef) collapsed() string {
	if r.src == nil {
		return ""
	}
	return strings.Join(strings.Fields(string(r.src.Src[r.start:r.end])), " ")
}
