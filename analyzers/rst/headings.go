package rst

import (
	"bytes"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// overlinedTitle reads an adornment, a title line and the same adornment.
func (p *parser) overlinedTitle(i int, c byte) (int, bool) {
	if i+2 >= len(p.ls) || p.ls[i+1].blank {
		return 0, false
	}
	under, _, ok := adornment(p.src, p.ls[i+2])
	if !ok || under != c {
		return 0, false
	}
	if _, _, ok := adornment(p.src, p.ls[i+1]); ok {
		return 0, false
	}
	p.title(i, i+1, i+2, style{c: c, over: true})
	return i + 3, true
}

// underlinedTitle reads a title line at column 0 and an adornment under it
// at least as wide (or four characters, for short titles).
func (p *parser) underlinedTitle(i int) (int, bool) {
	l := p.ls[i]
	c, n, ok := adornment(p.src, p.ls[i+1])
	if !ok {
		return 0, false
	}
	if w := width(p.src[l.text:l.end]); n < w && n < 4 {
		return 0, false
	}
	p.title(i, i, i+1, style{c: c})
	return i + 2, true
}

// title records the heading on line text, adorned from line first to last.
func (p *parser) title(first, text, last int, st style) {
	level := 0
	for k, s := range p.styles {
		if s == st {
			level = k + 1
		}
	}
	if level == 0 {
		p.styles = append(p.styles, st)
		level = len(p.styles)
	}
	l := p.ls[text]
	start, end := l.text, l.text+len(bytes.TrimRight(p.src[l.text:l.end], " \t"))
	t, _ := p.refs.inline(p.src[start:end], start)
	p.doc.Headings = append(p.doc.Headings, Heading{
		Span:  source.Span{Start: p.ls[first].start, End: p.ls[last].end},
		Level: level, Text: t, TextSpan: source.Span{Start: start, End: end},
	})
	p.heading = len(p.doc.Headings) - 1
	p.lead = -1
}
