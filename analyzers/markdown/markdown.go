package markdown

import (
	"reflect"
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	tsmd "github.com/smacker/go-tree-sitter/markdown/tree-sitter-markdown"
	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Analyzer parses every Markdown file of the run once and returns *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "markdown",
	Doc:        "parses Markdown files and extracts headings, paragraphs, tables, code blocks and HTML comments; reports nothing",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	Run:        run,
	ResultType: reflect.TypeOf((*Result)(nil)),
}

func run(pass *analysis.Pass) (any, error) {
	set := pass.ResultOf[source.Analyzer].(*source.Set)
	files := set.Lang(source.Markdown)
	parsers := tsx.NewParsers(tsmd.GetLanguage())
	defer parsers.Close()
	facts := make([]*Facts, len(files))
	index := map[*source.File]int{}
	for i, f := range files {
		index[f] = i
	}
	set.Each(files, func(worker int, f *source.File) {
		if d := nestingDepth(f.Src, MaxDepth); d > MaxDepth {
			set.Warn(f.Path, "skipped: Markdown nested more than %d levels deep (block quotes, lists or indentation); deeper nesting crashes the parser", MaxDepth)
			return
		}
		parsers.VisitInput(set, worker, f, parserInput(f.Src), func(root *sitter.Node) {
			ff, comments := Extract(f.Path, f.Src, root)
			set.SetComments(f.Path, comments)
			facts[index[f]] = ff
		})
	})
	res := &Result{Files: map[string]*Facts{}}
	for _, ff := range facts {
		if ff != nil {
			res.Files[ff.Path] = ff
			res.Paths = append(res.Paths, ff.Path)
		}
	}
	sort.Strings(res.Paths)
	return res, nil
}

// The patterns, in this order.
const (
	pATX = iota
	pSetext
	pParagraph
	pTable
	pFenced
	pIndented
	pHTML
	pListItem
)

var query = tsx.NewQuery(tsmd.GetLanguage, `
(atx_heading) @node
(setext_heading) @node
(paragraph) @node
(pipe_table) @node
(fenced_code_block) @node
(indented_code_block) @node
(html_block) @node
(list_item) @node
`)

// Extract computes the facts and comments of one parsed file. It is
// exported for the fuzz tests.
func Extract(path string, src []byte, root *sitter.Node) (*Facts, []source.Comment) {
	ff := &Facts{Path: path}
	var blocks, comments []source.Span
	heading := -1
	query.Matches(root, func(pattern int, caps map[string]*sitter.Node) {
		n := caps["node"]
		sp := trimBlock(src, tsx.SpanOf(n))
		switch pattern {
		case pATX, pSetext:
			h := heading1(n, pattern, src)
			ff.Headings = append(ff.Headings, h)
			heading = len(ff.Headings) - 1
			if pattern == pATX {
				comments = htmlComments(src, h.TextSpan.Start, h.TextSpan.End, true, comments)
			}
		case pParagraph:
			comments = htmlComments(src, sp.Start, sp.End, true, comments)
			if p := n.Parent(); p != nil && p.Type() == "setext_heading" {
				return // the heading's text, not a paragraph
			}
			ff.Paragraphs = append(ff.Paragraphs, Paragraph{Span: sp, Text: string(src[sp.Start:sp.End]), Heading: heading})
		case pTable:
			t := table(n, src, heading)
			for _, r := range t.Rows {
				comments = htmlComments(src, r.Span.Start, r.Span.End, true, comments)
			}
			ff.Tables = append(ff.Tables, t)
		case pFenced, pIndented:
			ff.Code = append(ff.Code, code(n, pattern == pIndented, src, heading))
		case pHTML:
			comments = htmlComments(src, sp.Start, sp.End, false, comments)
			return // a comment is not a block a comment can cover
		}
		blocks = append(blocks, sp)
	})
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].Start < blocks[j].Start })
	return ff, buildComments(src, comments, blocks)
}

func heading1(n *sitter.Node, pattern int, src []byte) Heading {
	h := Heading{Span: trimBlock(src, tsx.SpanOf(n))}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		switch t := c.Type(); {
		case strings.HasPrefix(t, "atx_h") && strings.HasSuffix(t, "_marker"):
			h.Level = int(t[5] - '0')
		case t == "setext_h1_underline":
			h.Level = 1
		case t == "setext_h2_underline":
			h.Level = 2
		}
	}
	if c := n.ChildByFieldName("heading_content"); c != nil {
		h.TextSpan = trim(src, tsx.SpanOf(c))
	} else {
		h.TextSpan = source.Span{Start: h.Span.End, End: h.Span.End}
	}
	h.Text = string(src[h.TextSpan.Start:h.TextSpan.End])
	if pattern == pATX {
		// A closing sequence of #s is not part of the text.
		t := strings.TrimRight(h.Text, "#")
		if t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t") {
			t = strings.TrimRight(t, " \t")
			h.TextSpan.End = h.TextSpan.Start + len(t)
			h.Text = t
		}
	}
	return h
}

func table(n *sitter.Node, src []byte, heading int) Table {
	t := Table{Span: trimBlock(src, tsx.SpanOf(n)), Heading: heading}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		r := n.NamedChild(i)
		kind := r.Type()
		if kind != "pipe_table_header" && kind != "pipe_table_row" {
			continue
		}
		row := Row{Span: trim(src, tsx.SpanOf(r)), Header: kind == "pipe_table_header", Cells: []Cell{}}
		for j := 0; j < int(r.NamedChildCount()); j++ {
			c := r.NamedChild(j)
			if c.Type() != "pipe_table_cell" {
				continue
			}
			sp := trim(src, tsx.SpanOf(c))
			row.Cells = append(row.Cells, Cell{Span: sp, Text: string(src[sp.Start:sp.End])})
		}
		if k := len(row.Cells) - 1; k >= 0 && onlyComments(src, row.Cells[k].Span) {
			row.Cells = row.Cells[:k]
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func code(n *sitter.Node, indented bool, src []byte, heading int) Code {
	c := Code{Span: trimBlock(src, tsx.SpanOf(n)), Indented: indented, Heading: heading}
	if indented {
		c.Content = c.Span
	} else {
		c.Content = source.Span{Start: c.Span.End, End: c.Span.End}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			k := n.NamedChild(i)
			switch k.Type() {
			case "info_string":
				c.Info = strings.TrimSpace(tsx.Text(k, src))
				if f := strings.Fields(c.Info); len(f) > 0 {
					c.Lang = f[0]
				}
			case "code_fence_content":
				c.Content = tsx.SpanOf(k)
			}
		}
	}
	c.Text = string(src[c.Content.Start:c.Content.End])
	return c
}

// trim narrows sp to exclude leading and trailing blanks and line ends.
func trim(src []byte, sp source.Span) source.Span {
	for sp.Start < sp.End && isBlank(src[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isBlank(src[sp.End-1]) {
		sp.End--
	}
	return sp
}

// trimBlock trims a block's span like trim, and also drops trailing lines
// holding only container markers (the "> " of the next quoted line).
func trimBlock(src []byte, sp source.Span) source.Span {
	for {
		sp = trim(src, sp)
		i := sp.End - 1
		for i >= sp.Start && (src[i] == '>' || src[i] == ' ' || src[i] == '\t') {
			i--
		}
		if i < sp.Start || src[i] != '\n' || i+1 == sp.End {
			return sp
		}
		sp.End = i
	}
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
