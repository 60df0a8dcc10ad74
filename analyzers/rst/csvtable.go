package rst

import (
	"bytes"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// csvTable reads the inline body of a ".. csv-table::" directive at line i
// as a table: its ":header:" option is the header row, each body line a
// row of comma-separated fields (double quotes protect commas). A table
// read from a :file: or :url: has no body and is recorded as a literal.
func (p *parser) csvTable(i int) int {
	l := p.ls[i]
	end := max(p.bodyEnd(i, l.indent), i+1)
	var rows []Row
	var colOf [][]int
	add := func(from, to int, header bool) {
		fields := csvFields(p.src, from, to)
		row := Row{Span: source.Span{Start: from, End: to}, Header: header}
		var cols []int
		for c, f := range fields {
			row.Cells = append(row.Cells, p.cell([]segment{f}))
			cols = append(cols, c)
		}
		rows, colOf = append(rows, row), append(colOf, cols)
	}
	j := i + 1
	for ; j < end && !p.ls[j].blank && p.src[p.ls[j].text] == ':'; j++ {
		ln := p.ls[j]
		if opt := []byte(":header:"); bytes.HasPrefix(p.src[ln.text:ln.end], opt) {
			add(skipSpaces(p.src, ln.text+len(opt), ln.end), ln.end, true)
		}
	}
	body := false
	for ; j < end; j++ {
		if ln := p.ls[j]; !ln.blank {
			add(ln.text, ln.end, false)
			body = true
		}
	}
	if !body {
		return p.literal(i, end, "csv-table")
	}
	p.addTable(i, end, false, rows, widest(rows), colOf)
	return end
}

// csvFields cuts src[from:to] at commas outside double quotes; a quoted
// field's segment leaves its quotes out.
func csvFields(src []byte, from, to int) []segment {
	var fields []segment
	start, quoted := from, false
	for k := from; k <= to; k++ {
		if k < to && src[k] == '"' {
			quoted = !quoted
			continue
		}
		if k < to && (src[k] != ',' || quoted) {
			continue
		}
		s, e := start, k
		for s < e && (src[s] == ' ' || src[s] == '"') {
			s++
		}
		for e > s && (src[e-1] == ' ' || src[e-1] == '"') {
			e--
		}
		fields = append(fields, segment{s, e})
		start = k + 1
	}
	return fields
}
