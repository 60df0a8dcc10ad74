package rst

import (
	"bytes"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// simpleTable reads a simple table: a border of = runs, rows, and a
// closing border; with a third border, the rows above the second are the
// header. Columns start where the runs start; the last one runs to the end
// of the line. A line with nothing in the first column continues the row
// above; blank lines and "-----" span underlines separate nothing.
func (p *parser) simpleTable(i int) (int, bool) {
	top := p.ls[i]
	topCols := p.columns(top)
	var starts []int
	for c := range len(topCols) - 1 {
		if p.src[topCols[c]] == '=' && (c == 0 || p.src[topCols[c-1]] != '=') {
			starts = append(starts, c)
		}
	}
	// Find the closing border: the second, or the third when the second is
	// not followed by a blank line or the end.
	var borders []int
	for k := i + 1; k < len(p.ls) && len(borders) < 2; k++ {
		l := p.ls[k]
		if !l.blank && l.indent < top.indent {
			break
		}
		if !l.blank && l.indent == top.indent && isSimpleBorder(p.src[l.text:l.end]) {
			borders = append(borders, k)
			if len(borders) == 1 && (k+1 == len(p.ls) || p.ls[k+1].blank) {
				break
			}
		}
	}
	if len(borders) == 0 || borders[0] == i+1 {
		return 0, false
	}
	end := borders[len(borders)-1] + 1
	headerEnd := -1
	if len(borders) == 2 {
		headerEnd = borders[0]
	}
	var rows []Row
	var colOf [][]int
	var lines []int
	flush := func() {
		if len(lines) > 0 {
			row, cols := p.simpleRow(lines, starts, top.indent)
			row.Header = headerEnd >= 0 && lines[0] < headerEnd
			rows, colOf = append(rows, row), append(colOf, cols)
			lines = lines[:0]
		}
	}
	for k := i + 1; k < end-1; k++ {
		l := p.ls[k]
		t := p.src[l.text:l.end]
		switch {
		case l.blank || k == headerEnd:
			flush()
		case len(bytes.Trim(t, "- ")) == 0:
		default:
			lc := p.columns(l)
			if len(lines) > 0 && len(bytes.TrimSpace(p.src[at(lc, starts[0]):at(lc, nextStart(starts, 0))])) == 0 {
				lines = append(lines, k)
				continue
			}
			flush()
			lines = append(lines, k)
		}
	}
	flush()
	p.addTable(i, end, false, rows, len(starts), colOf)
	return end, true
}

func nextStart(starts []int, c int) int {
	if c+1 < len(starts) {
		return starts[c+1]
	}
	return 1 << 30
}

// simpleRow reads the lines of one simple-table row into cells.
func (p *parser) simpleRow(lines []int, starts []int, indent int) (Row, []int) {
	row := Row{Span: source.Span{Start: p.ls[lines[0]].text, End: p.ls[lines[len(lines)-1]].end}}
	cols := make([][]int, len(lines))
	for n, k := range lines {
		cols[n] = p.columns(p.ls[k])
	}
	var idx []int
	for c := range starts {
		segs := make([]segment, 0, len(lines))
		for _, lc := range cols {
			segs = append(segs, segment{at(lc, starts[c]), at(lc, nextStart(starts, c))})
		}
		row.Cells = append(row.Cells, p.cell(segs))
		idx = append(idx, c)
	}
	return row, idx
}
