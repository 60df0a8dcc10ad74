package rst

import (
	"bytes"
	"unicode/utf8"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// parser reads one document line by line; block returns the line after
// the block that starts at line i.
type parser struct {
	src     []byte
	ls      []line
	doc     *Doc
	styles  []style // adornment styles in order of first use
	heading int     // index of the current section's heading, or -1
	lead    int     // index in doc.Prose of the block just read, if prose, else -1
	refs    refs
}

type style struct {
	c    byte
	over bool
}

// Parse reads src. It never fails: what it cannot read as a construct is
// read as a paragraph.
func Parse(src []byte) *Doc {
	p := &parser{src: src, ls: splitLines(src), doc: &Doc{}, heading: -1, lead: -1}
	p.refs = collectTargets(src, p.ls)
	for i := 0; i < len(p.ls); {
		i = p.block(i)
	}
	return p.doc
}

func (p *parser) block(i int) int {
	l := p.ls[i]
	if l.blank {
		return i + 1
	}
	t := p.src[l.text:l.end]
	if isExplicit(t) {
		return p.explicit(i)
	}
	// A transition has at least four characters; "::" alone is a literal
	// block's marker.
	if c, n, ok := adornment(p.src, l); ok && n >= 4 {
		if next, ok := p.overlinedTitle(i, c); ok {
			return next
		}
		if isSimpleBorder(t) {
			if next, ok := p.simpleTable(i); ok {
				return next
			}
		}
		p.lead = -1
		return i + 1 // a transition
	}
	if i+1 < len(p.ls) && l.indent == 0 {
		if next, ok := p.underlinedTitle(i); ok {
			return next
		}
	}
	switch {
	case isGridBorder(t):
		if next, ok := p.gridTable(i); ok {
			return next
		}
	case isSimpleBorder(t):
		if next, ok := p.simpleTable(i); ok {
			return next
		}
	case bytes.HasPrefix(t, []byte("__ ")):
		return p.literal(i, p.bodyEnd(i, l.indent), "target")
	case bytes.HasPrefix(t, []byte(">>>")):
		j := i + 1
		for j < len(p.ls) && !p.ls[j].blank {
			j++
		}
		return p.literal(i, j, "doctest")
	case t[0] == '|' && (len(t) == 1 || t[1] == ' '):
		return p.lineBlock(i)
	}
	if start, ok := bulletAt(p.src, l); ok {
		return p.paragraph(i, start, Item, -1)
	}
	if start, ok := enumAt(p.src, l); ok {
		return p.paragraph(i, start, Item, -1)
	}
	return p.paragraph(i, l.text, Paragraph, -1)
}

// isExplicit: explicit markup starts with ".." and a space, or is ".."
// alone (a comment, not a transition).
func isExplicit(t []byte) bool {
	t = bytes.TrimRight(t, " \t")
	return bytes.Equal(t, []byte("..")) || bytes.HasPrefix(t, []byte(".. ")) || bytes.HasPrefix(t, []byte("..\t"))
}

// column is the column of byte at on line l.
func (p *parser) column(l line, at int) int {
	return l.indent + utf8.RuneCount(p.src[l.text:at])
}

// paragraph reads a paragraph whose text starts at byte start of line i:
// continuation lines are the non-blank lines at its text's column (or at
// cont, when cont >= 0). A single line followed by a deeper one is a
// definition-list term. A paragraph ending in "::" introduces a literal
// block, which follows.
func (p *parser) paragraph(i, start int, kind ProseKind, cont int) int {
	l := p.ls[i]
	col := p.column(l, start)
	if cont < 0 {
		cont = col
	}
	j := i + 1
	for j < len(p.ls) && !p.ls[j].blank && p.ls[j].indent == cont {
		j++
	}
	if j == i+1 && j < len(p.ls) && !p.ls[j].blank && p.ls[j].indent > col && kind == Paragraph {
		kind = Term
	}
	end := p.ls[j-1].end
	text := bytes.TrimRight(p.src[start:end], " \t")
	end = start + len(text)
	if start < end && !bytes.Equal(text, []byte("::")) {
		p.prose(kind, start, end)
	} else {
		p.lead = -1
	}
	if bytes.HasSuffix(text, []byte("::")) {
		return p.literalBlock(j, l.indent)
	}
	return j
}

// literalBlock reads the indented literal block after line j, if any: the
// lines after blank ones indented deeper than indent.
func (p *parser) literalBlock(j, indent int) int {
	k := j
	for k < len(p.ls) && p.ls[k].blank {
		k++
	}
	if k == len(p.ls) || p.ls[k].indent <= indent {
		return j
	}
	return p.literal(k, p.bodyEnd(k-1, indent), "literal")
}

// bodyEnd is the line after the indented body that follows line i: the
// lines that are blank or indented deeper than indent, trailing blank
// lines left out.
func (p *parser) bodyEnd(i, indent int) int {
	j, last := i+1, i+1
	for j < len(p.ls) && (p.ls[j].blank || p.ls[j].indent > indent) {
		j++
		if !p.ls[j-1].blank {
			last = j
		}
	}
	return last
}

// lineBlock reads lines that start with "| ", with their deeper
// continuation lines; the markers are blanked.
func (p *parser) lineBlock(i int) int {
	l := p.ls[i]
	j := i + 1
	for j < len(p.ls) && !p.ls[j].blank && (p.ls[j].indent > l.indent ||
		p.ls[j].indent == l.indent && p.src[p.ls[j].text] == '|') {
		j++
	}
	start, end := l.text, p.ls[j-1].end
	idx := p.prose(LineBlock, start, end)
	b := []byte(p.doc.Prose[idx].Text)
	for k := i; k < j; k++ {
		if at := p.ls[k].text; p.src[at] == '|' && p.ls[k].indent == l.indent {
			b[at-start] = ' '
		}
	}
	p.doc.Prose[idx].Text = string(b)
	return j
}

// prose records a unit of prose over [start, end) with its markup blanked.
func (p *parser) prose(kind ProseKind, start, end int) int {
	text, links := p.refs.inline(p.src[start:end], start)
	p.doc.Prose = append(p.doc.Prose, Prose{
		Kind: kind, Span: source.Span{Start: start, End: end}, Text: text, Links: links, Heading: p.heading,
	})
	p.lead = len(p.doc.Prose) - 1
	return p.lead
}

// literal records lines [i, j) as a block that is not prose.
func (p *parser) literal(i, j int, kind string) int {
	if j <= i {
		j = i + 1
	}
	p.doc.Literals = append(p.doc.Literals, Literal{
		Span: source.Span{Start: p.ls[i].text, End: p.ls[j-1].end}, Kind: kind,
	})
	p.lead = -1
	return j
}
