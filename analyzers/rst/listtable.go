package rst

import (
	"bytes"
	"strconv"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// listTable reads the body of a ".. list-table::" directive at line i as a
// table: each outer bullet is a row, each inner "- " a cell (continued by
// deeper lines); ":header-rows: N" makes the first N rows headers. It
// returns the line after the body.
func (p *parser) listTable(i int) int {
	l := p.ls[i]
	end := p.bodyEnd(i, l.indent)
	headers := 0
	j := i + 1
	for ; j < end && !p.ls[j].blank && p.src[p.ls[j].text] == ':'; j++ {
		opt := bytes.TrimSpace(p.src[p.ls[j].text:p.ls[j].end])
		if v, ok := bytes.CutPrefix(opt, []byte(":header-rows:")); ok {
			headers, _ = strconv.Atoi(string(bytes.TrimSpace(v)))
		}
	}
	var rows []Row
	var colOf [][]int
	var cells [][]segment // the current row's cells
	rowIndent, cellIndent := -1, -1
	rowStart := 0
	flush := func(last int) {
		if len(cells) == 0 {
			return
		}
		row := Row{Span: source.Span{Start: rowStart, End: last}, Header: len(rows) < headers}
		var cols []int
		for c, segs := range cells {
			row.Cells = append(row.Cells, p.cell(segs))
			cols = append(cols, c)
		}
		rows, colOf, cells = append(rows, row), append(colOf, cols), nil
	}
	lastEnd := 0
	for k := j; k < end; k++ {
		ln := p.ls[k]
		if ln.blank {
			continue
		}
		start, bullet := bulletAt(p.src, ln)
		switch {
		case bullet && (rowIndent < 0 || ln.indent == rowIndent):
			flush(lastEnd)
			rowIndent, rowStart = ln.indent, ln.text
			inner := newLine(p.src, start, ln.end)
			inner.indent = p.column(ln, start)
			if s, ok := bulletAt(p.src, inner); ok {
				cellIndent = inner.indent
				cells = append(cells, []segment{{s, ln.end}})
			}
		case bullet && ln.indent == cellIndent:
			cells = append(cells, []segment{{start, ln.end}})
		case len(cells) > 0:
			last := len(cells) - 1
			cells[last] = append(cells[last], segment{ln.text, ln.end})
		}
		lastEnd = ln.end
	}
	flush(lastEnd)
	if len(rows) > 0 {
		p.addTable(i, end, false, rows, widest(rows), colOf)
	} else {
		p.literal(i, end, "list-table")
	}
	return max(end, i+1)
}
