package rst

import (
	"bytes"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// gridTable reads a grid table: border lines of + - =, content lines
// between | at the column boundaries of the top border. A row's cell ends
// at a boundary where every line of the row has a |; a boundary with text
// on it is spanned. Rows above a "+===+" line are header rows.
func (p *parser) gridTable(i int) (int, bool) {
	top := p.ls[i]
	topCols := p.columns(top)
	var bounds []int // columns of the + in the top border
	for c := range len(topCols) - 1 {
		if p.src[topCols[c]] == '+' {
			bounds = append(bounds, c)
		}
	}
	j := i + 1
	for j < len(p.ls) && !p.ls[j].blank && p.ls[j].indent == top.indent &&
		(p.src[p.ls[j].text] == '+' || p.src[p.ls[j].text] == '|') {
		j++
	}
	if j == i+1 || len(bounds) < 2 || !isGridBorder(p.src[p.ls[j-1].text:p.ls[j-1].end]) {
		return 0, false
	}
	var rows []Row
	var colOf [][]int
	header := false
	first := i + 1
	for k := i + 1; k < j; k++ {
		t := p.src[p.ls[k].text:p.ls[k].end]
		if !isGridBorder(t) {
			continue
		}
		if k > first {
			row, cols := p.gridRow(first, k, bounds)
			rows, colOf = append(rows, row), append(colOf, cols)
		}
		if bytes.IndexByte(t, '=') >= 0 && !header {
			header = true
			for r := range rows {
				rows[r].Header = true
			}
		}
		first = k + 1
	}
	p.addTable(i, j, true, rows, len(bounds)-1, colOf)
	return j, true
}

// gridRow reads the content lines [from, to) of one grid row, and the
// column index each of its cells starts in.
func (p *parser) gridRow(from, to int, bounds []int) (Row, []int) {
	cols := make([][]int, to-from)
	for k := from; k < to; k++ {
		cols[k-from] = p.columns(p.ls[k])
	}
	var real []int // indexes into bounds where the row has | on every line
	for b, c := range bounds {
		all := true
		for _, lc := range cols {
			if x := at(lc, c); x >= len(p.src) || x == lc[len(lc)-1] || p.src[x] != '|' && p.src[x] != '+' {
				all = false
				break
			}
		}
		if all || b == 0 || b == len(bounds)-1 {
			real = append(real, b)
		}
	}
	row := Row{Span: source.Span{Start: p.ls[from].text, End: p.ls[to-1].end}}
	var starts []int
	for r := 0; r+1 < len(real); r++ {
		left, right := bounds[real[r]]+1, bounds[real[r+1]]
		segs := make([]segment, 0, len(cols))
		for _, lc := range cols {
			segs = append(segs, segment{at(lc, left), at(lc, right)})
		}
		row.Cells = append(row.Cells, p.cell(segs))
		starts = append(starts, real[r])
	}
	return row, starts
}
