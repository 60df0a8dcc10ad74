// Package markdown is the .md front-end: it parses each Markdown file once
// with the block grammar and keeps plain per-block facts (headings,
// paragraphs, tables, code blocks, link reference definitions) and the HTML
// comments that carry expectations and suppressions. The inline grammar,
// about three times slower, runs only on the blocks a byte scan picks:
// those that may hold a figure and have code spans, links or HTML to find,
// and the paragraphs that lead into a table (see Inline).
package markdown

import (
	"github.com/covet-lint/covet-lint/analyzers/internal/tsx"
	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Heading is an ATX (# Title) or setext (Title\n=====) heading.
type Heading struct {
	Span  source.Span `json:"span"`
	Level int         `json:"level"`
	// Text is the heading's content, trimmed; TextSpan where it stands.
	Text     string      `json:"text"`
	TextSpan source.Span `json:"text_span"`
	Inline   *Inline     `json:"inline,omitempty"`
}

// Paragraph is one paragraph, in a list item or block quote or not.
type Paragraph struct {
	Span source.Span `json:"span"`
	// Text is the paragraph's source, container markers of continuation
	// lines (> or indentation) included.
	Text string `json:"text"`
	// Heading is the index in Facts.Headings of the nearest heading before
	// it, or -1.
	Heading int     `json:"heading"`
	Inline  *Inline `json:"inline,omitempty"`
}

// Cell is one table cell; Text is trimmed and Span covers the trimmed text.
type Cell struct {
	Span   source.Span `json:"span"`
	Text   string      `json:"text"`
	Inline *Inline     `json:"inline,omitempty"`
}

// Row is one table row. A trailing cell holding only HTML comments is a
// comment on the row, not data, and is left out of Cells.
type Row struct {
	Span   source.Span `json:"span"`
	Header bool        `json:"header,omitempty"`
	Cells  []Cell      `json:"cells"`
}

// Table is a GitHub pipe table: header row first, delimiter row left out.
type Table struct {
	Span    source.Span `json:"span"`
	Rows    []Row       `json:"rows"`
	Heading int         `json:"heading"`
}

// Code is a fenced or indented code block.
type Code struct {
	Span source.Span `json:"span"`
	// Info is the fence's info string ("python title=x"), Lang its first
	// word; both empty for an indented block.
	Info     string `json:"info,omitempty"`
	Lang     string `json:"lang,omitempty"`
	Indented bool   `json:"indented,omitempty"`
	// Content is the code between the fences.
	Content source.Span `json:"content"`
	Text    string      `json:"text"`
	Heading int         `json:"heading"`
}

// Facts is what the front-end keeps of one file, each list in source order.
type Facts struct {
	Path       string      `json:"path"`
	Headings   []Heading   `json:"headings"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Tables     []Table     `json:"tables"`
	Code       []Code      `json:"code"`
	LinkDefs   []LinkDef   `json:"link_defs,omitempty"`
}

// Result is the front-end's output: the facts of every parsed file, by path.
type Result = tsx.ByPath[*Facts]
