package rst

import (
	"bytes"
	"unicode/utf8"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// isGridBorder: "+---+----+" or "+===+====+".
func isGridBorder(t []byte) bool {
	t = bytes.TrimRight(t, " \t")
	return len(t) > 2 && t[0] == '+' && t[len(t)-1] == '+' && len(bytes.Trim(t, "+-=")) == 0 &&
		(t[1] == '-' || t[1] == '=')
}

// isSimpleBorder: "=====  ======  ===": runs of = separated by spaces.
func isSimpleBorder(t []byte) bool {
	t = bytes.TrimRight(t, " \t")
	return len(t) > 1 && t[0] == '=' && len(bytes.Trim(t, "= ")) == 0
}

// columns maps a line's character columns to byte offsets: cols[c] is the
// byte where column c starts, and one more entry for the line's end.
func (p *parser) columns(l line) []int {
	cols := make([]int, 0, l.end-l.start+1)
	for i := l.start; i < l.end; {
		_, size := utf8.DecodeRune(p.src[i:l.end])
		cols = append(cols, i)
		i += size
	}
	return append(cols, l.end)
}

// at returns the byte offset of column c on a line, clamped to its end.
func at(cols []int, c int) int {
	if c >= len(cols) {
		return cols[len(cols)-1]
	}
	return cols[c]
}

// segment is one line's share of a cell: bytes [start, end).
type segment struct{ start, end int }

// cell builds a Cell from its segments, one per line: the span from the
// first non-space byte to the last, everything between that is not in a
// segment blanked, line breaks kept.
func (p *parser) cell(segs []segment) Cell {
	first, last := -1, -1
	for _, s := range segs {
		t := bytes.TrimSpace(p.src[s.start:s.end])
		if len(t) == 0 {
			continue
		}
		lead := bytes.Index(p.src[s.start:s.end], t)
		if first < 0 {
			first = s.start + lead
		}
		last = s.start + lead + len(t)
	}
	if first < 0 {
		if len(segs) == 0 {
			return Cell{}
		}
		return Cell{Span: source.Span{Start: segs[0].start, End: segs[0].start}}
	}
	b := make([]byte, last-first)
	for k := range b {
		if c := p.src[first+k]; c == '\n' || c == '\r' {
			b[k] = c
		} else {
			b[k] = ' '
		}
	}
	for _, s := range segs {
		from, to := max(s.start, first), min(s.end, last)
		if from < to {
			copy(b[from-first:], p.src[from:to])
		}
	}
	text, links := p.refs.inline(b, first)
	return Cell{Span: source.Span{Start: first, End: last}, Text: text, Links: links}
}

// addTable records a table over lines [i, j) and its columns: per column
// the header row's cell (the last header row's, when there are several).
func (p *parser) addTable(i, j int, grid bool, rows []Row, ncols int, colOf [][]int) {
	t := Table{
		Span:    source.Span{Start: p.ls[i].text, End: p.ls[j-1].end},
		Grid:    grid,
		Rows:    rows,
		Columns: make([]Cell, ncols),
		LeadIn:  p.lead,
		Heading: p.heading,
	}
	for r, row := range rows {
		if !row.Header {
			continue
		}
		for k, c := range row.Cells {
			if col := colOf[r][k]; col < ncols {
				t.Columns[col] = c
			}
		}
	}
	p.doc.Tables = append(p.doc.Tables, t)
	p.lead = -1
}

// widest is the most cells any row has.
func widest(rows []Row) int {
	n := 0
	for _, r := range rows {
		n = max(n, len(r.Cells))
	}
	return n
}
