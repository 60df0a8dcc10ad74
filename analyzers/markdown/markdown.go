package markdown

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"

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
	fe := tsx.FrontEnd[*Facts]{
		Lang:    source.Markdown,
		Grammar: tsmd.GetLanguage,
		Guard: func(src []byte) string {
			if nestingDepth(src, MaxDepth) > MaxDepth {
				return fmt.Sprintf("skipped: Markdown nested more than %d levels deep (block quotes, lists or indentation); deeper nesting crashes the parser", MaxDepth)
			}
			return ""
		},
		Input: parserInput,
		Extract: func(f *source.File, root *sitter.Node, b *tsx.Budget) (*Facts, []source.Comment) {
			return Extract(f.Path, f.Src, root, b)
		},
	}
	return fe.Run(pass.ResultOf[source.Analyzer].(*source.Set)), nil
}

// The patterns, in this order. Rows and cells are patterns of their own:
// matches come in document order, so each belongs to the table (row)
// matched last, and no child is fetched from Go.
const (
	pATX = iota
	pSetext
	pParagraph
	pTable
	pRow
	pCell
	pFenced
	pIndented
	pHTML
	pListItem
	pLinkDef
	blockPatterns
)

var query = tsx.NewQuery(tsmd.GetLanguage, `
(atx_heading . (_) @marker heading_content: (_)? @content) @node
(setext_heading heading_content: (paragraph) @content . (_) @marker) @node
(paragraph) @node
(pipe_table) @node
[(pipe_table_header) (pipe_table_row)] @node
(pipe_table_cell) @node
(fenced_code_block (info_string)? @info (code_fence_content)? @content) @node
(indented_code_block) @node
(html_block) @node
(list_item) @node
(link_reference_definition (link_label) @label (link_destination) @dest) @node
`)

var (
	capNode    = query.Capture("node")
	capMarker  = query.Capture("marker")
	capContent = query.Capture("content")
	capInfo    = query.Capture("info")
	capLabel   = query.Capture("label")
	capDest    = query.Capture("dest")

	// checkQueries makes sure the queries and the pattern constants agree.
	checkQueries = sync.OnceFunc(func() {
		query.MustHavePatterns(blockPatterns)
		inlineQuery.MustHavePatterns(iPatterns)
	})
)

// Extract computes the facts and comments of one parsed file. It is
// exported for the fuzz tests.
func Extract(path string, src []byte, root *sitter.Node, b *tsx.Budget) (*Facts, []source.Comment) {
	checkQueries()
	ff := &Facts{Path: path}
	mdx := strings.HasSuffix(path, ".mdx")
	var blocks, comments []source.Span
	heading := -1
	// The paragraphs that are setext headings' text; a paragraph's match
	// may come before its heading's, so they are dropped at the end.
	setext := map[source.Span]bool{}
	var row *Row
	query.Each(root, b, func(pattern int, caps []*sitter.Node) {
		n := caps[capNode]
		sp := trimBlock(src, tsx.SpanOf(n))
		switch pattern {
		case pATX, pSetext:
			h := Heading{Span: sp, Level: level(caps[capMarker].Type())}
			if c := caps[capContent]; c != nil {
				h.TextSpan = trim(src, tsx.SpanOf(c))
			} else {
				h.TextSpan = source.Span{Start: sp.End, End: sp.End}
			}
			if pattern == pATX {
				h.TextSpan = trimClosing(src, h.TextSpan)
				comments = htmlComments(src, h.TextSpan.Start, h.TextSpan.End, true, comments)
			} else {
				setext[trimBlock(src, tsx.SpanOf(caps[capContent]))] = true
			}
			h.Text = text(src, h.TextSpan)
			ff.Headings = append(ff.Headings, h)
			heading = len(ff.Headings) - 1
		case pParagraph:
			comments = htmlComments(src, sp.Start, sp.End, true, comments)
			if mdx && jsx(src[sp.Start:sp.End]) {
				break
			}
			ff.Paragraphs = append(ff.Paragraphs, Paragraph{Span: sp, Text: text(src, sp), Heading: heading})
		case pTable:
			ff.Tables = append(ff.Tables, Table{Span: sp, Heading: heading})
			row = nil
		case pRow:
			endRow(src, row)
			if len(ff.Tables) == 0 {
				return
			}
			comments = htmlComments(src, sp.Start, sp.End, true, comments)
			t := &ff.Tables[len(ff.Tables)-1]
			t.Rows = append(t.Rows, Row{Span: sp, Header: n.Type() == "pipe_table_header", Cells: []Cell{}})
			row = &t.Rows[len(t.Rows)-1]
			return
		case pCell:
			if row != nil && row.Span.Contains(sp) {
				row.Cells = append(row.Cells, Cell{Span: sp, Text: text(src, sp)})
			}
			return
		case pFenced, pIndented:
			ff.Code = append(ff.Code, code(sp, caps[capInfo], caps[capContent], pattern == pIndented, src, heading))
		case pHTML:
			comments = htmlComments(src, sp.Start, sp.End, false, comments)
			return // a comment is not a block a comment can cover
		case pLinkDef:
			ff.LinkDefs = append(ff.LinkDefs, LinkDef{Span: sp, Label: normalizeLabel(tsx.Text(caps[capLabel], src)), Target: strings.Trim(tsx.Text(caps[capDest], src), "<>")})
		}
		blocks = append(blocks, sp)
	})
	endRow(src, row)
	if len(setext) > 0 {
		paras, blocksKept := ff.Paragraphs[:0], blocks[:0]
		for _, p := range ff.Paragraphs {
			if !setext[p.Span] {
				paras = append(paras, p)
			}
		}
		for _, b := range blocks {
			if !setext[b] {
				blocksKept = append(blocksKept, b)
			}
		}
		ff.Paragraphs, blocks = paras, blocksKept
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].Start < blocks[j].Start })
	ff.parseInline(src, b)
	return ff, buildComments(src, comments, blocks)
}

// endRow drops a row's trailing cell when it holds only HTML comments: a
// comment on the row, not data.
func endRow(src []byte, row *Row) {
	if row == nil {
		return
	}
	if k := len(row.Cells) - 1; k >= 0 && onlyComments(src, row.Cells[k].Span) {
		row.Cells = row.Cells[:k]
	}
}

// level reads a heading's level from its marker or underline node type.
func level(marker string) int {
	switch {
	case marker == "setext_h1_underline":
		return 1
	case marker == "setext_h2_underline":
		return 2
	case strings.HasPrefix(marker, "atx_h") && len(marker) > 5:
		return int(marker[5] - '0')
	}
	return 0
}

// trimClosing drops an ATX heading's closing sequence of #s.
func trimClosing(src []byte, sp source.Span) source.Span {
	t := strings.TrimRight(string(src[sp.Start:sp.End]), "#")
	if t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t") {
		sp.End = sp.Start + len(strings.TrimRight(t, " \t"))
	}
	return sp
}

func code(sp source.Span, info, content *sitter.Node, indented bool, src []byte, heading int) Code {
	c := Code{Span: sp, Indented: indented, Heading: heading}
	switch {
	case indented:
		c.Content = sp
	case content != nil:
		c.Content = tsx.SpanOf(content)
	default:
		c.Content = source.Span{Start: sp.End, End: sp.End}
	}
	if info != nil {
		c.Info = strings.TrimSpace(tsx.Text(info, src))
		if f := strings.Fields(c.Info); len(f) > 0 {
			c.Lang = f[0]
		}
	}
	c.Text = text(src, c.Content)
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

// text is src[sp] as a string sharing src's memory: a file's source is
// never modified and lives for the whole run, so the facts' texts cost no
// copy (copies made Markdown facts about ten times the source).
func text(src []byte, sp source.Span) string {
	if sp.End <= sp.Start {
		return ""
	}
	return unsafe.String(&src[sp.Start], sp.End-sp.Start)
}

// jsx reports whether an MDX paragraph is code rather than prose: an
// import or export statement, a JSX element or an expression. The block
// grammar reads them as paragraphs when their attributes are not HTML's.
func jsx(p []byte) bool {
	switch {
	case len(p) > 1 && p[0] == '<' && (p[1] == '/' || isLetter(p[1]) || p[1] == '>'):
		return true
	case len(p) > 0 && p[0] == '{':
		return true
	}
	return bytes.HasPrefix(p, []byte("import ")) || bytes.HasPrefix(p, []byte("export "))
}
