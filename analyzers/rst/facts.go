package rst

import "github.com/covet-lint/covet-lint/analyzers/source"

// Link is a reference with its target: a URL, "#name" for a named
// reference with no target in the document (a section), or "[1]" for a
// footnote or citation reference.
type Link struct {
	Span   source.Span `json:"span"`
	Target string      `json:"target"`
}

// Heading is a section title, over- and underlined or underlined only.
type Heading struct {
	Span source.Span `json:"span"` // adornments included
	// Level counts from 1 in the order the document first uses each
	// adornment style, as docutils does.
	Level    int         `json:"level"`
	Text     string      `json:"text"`
	TextSpan source.Span `json:"text_span"`
}

// ProseKind says what a unit of prose is.
type ProseKind string

const (
	Paragraph ProseKind = "paragraph"
	Item      ProseKind = "item" // the first paragraph of a list item
	Term      ProseKind = "term" // a definition-list term
	LineBlock ProseKind = "line-block"
)

// Prose is one unit of prose. Text is the source of Span with markup
// blanked (same length); Heading is the index of the section it is in, or
// -1.
type Prose struct {
	Kind    ProseKind   `json:"kind"`
	Span    source.Span `json:"span"`
	Text    string      `json:"text"`
	Links   []Link      `json:"links,omitempty"`
	Heading int         `json:"heading"`
}

// Cell is a table cell. Text is the source from the cell's first byte to
// its last, with what is not the cell (other columns, borders) blanked:
// a multi-line cell keeps its line breaks.
type Cell struct {
	Span  source.Span `json:"span"`
	Text  string      `json:"text"`
	Links []Link      `json:"links,omitempty"`
}

// Row is a table row; Header rows come before the header separator.
type Row struct {
	Span   source.Span `json:"span"`
	Header bool        `json:"header,omitempty"`
	Cells  []Cell      `json:"cells"`
}

// Table is a simple or grid table. Columns holds, per column, the
// header cell above it (empty when the table has no header row). LeadIn is
// the index in Doc.Prose of the paragraph just before the table, or -1.
type Table struct {
	Span    source.Span `json:"span"`
	Grid    bool        `json:"grid,omitempty"`
	Rows    []Row       `json:"rows"`
	Columns []Cell      `json:"columns"`
	LeadIn  int         `json:"lead_in"`
	Heading int         `json:"heading"`
}

// Literal is a block that is not prose: a literal block, a doctest block,
// a directive's body, a comment, a target or a substitution definition.
type Literal struct {
	Span source.Span `json:"span"`
	// Kind is "literal", "doctest", "comment", "target", "substitution"
	// or the directive's name ("code-block").
	Kind string `json:"kind"`
}

// Doc is what the reader finds in one file, each list in source order.
type Doc struct {
	Headings []Heading `json:"headings"`
	Prose    []Prose   `json:"prose"`
	Tables   []Table   `json:"tables"`
	Literals []Literal `json:"literals"`
}
