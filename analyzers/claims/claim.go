package claims

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// Link is a reference in a unit of prose: a link the caller parsed, a bare
// URL, or a repository path (run.py, benchmarks/bench.rs). Span is in file
// offsets.
type Link struct {
	Span   source.Span `json:"span"`
	Target string      `json:"target"`
}

// Cell is one table cell: its text (blanked like Unit.Text) and the file
// offset of its first byte.
type Cell struct {
	Offset int    `json:"offset"`
	Text   string `json:"text"`
}

// Unit is one unit of prose. See the package doc for how Text is blanked.
type Unit struct {
	Offset int    `json:"offset"`
	Text   string `json:"text"`
	Links  []Link `json:"links,omitempty"`
	// Row, when set, makes the unit a table row; Text is then ignored.
	Row *Row `json:"row,omitempty"`

	// lead caches the unit's references when it is a table's lead-in,
	// shared by the table's rows (one goroutine reads a table).
	lead *leadRefs
}

// Row is a table row with what gives its cells meaning: the column headers
// (one per column, by position) and the paragraph that leads into the table,
// whose references count for every row.
type Row struct {
	Cells   []Cell `json:"cells"`
	Columns []Cell `json:"columns"`
	LeadIn  *Unit  `json:"lead_in,omitempty"`
}

// Kind is what a claim measures.
type Kind string

const (
	Rate        Kind = "rate"        // requests, queries, ... per second
	Latency     Kind = "latency"     // a duration with latency context
	Duration    Kind = "duration"    // any other duration
	Throughput  Kind = "throughput"  // bytes per second
	Multiplier  Kind = "multiplier"  // 2.7x, 10 times faster
	Percentage  Kind = "percentage"  // 30% faster, +45%
	Memory      Kind = "memory"      // memory or binary size
	Connections Kind = "connections" // concurrent connections
	Comparison  Kind = "comparison"  // "outperforms FastAPI", no figure
)

// Qualifier says how a figure is hedged or bounded.
type Qualifier uint8

const (
	UpTo   Qualifier = 1 << iota // "up to"
	Over                         // over, more than, above, at least
	Plus                         // a "+" suffix: 95k+
	Approx                       // ~, about, around, roughly, nearly
	Under                        // under, less than, below, sub-
)

var qualifierNames = []string{"up to", "over", "plus", "approx", "under"}

// String lists the qualifiers set, comma-separated.
func (q Qualifier) String() string {
	var names []string
	for i, n := range qualifierNames {
		if q&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ",")
}

// Claim is one performance claim.
type Claim struct {
	// Span covers the figure, sign to unit (file offsets); for a
	// Comparison, the comparing word. Raw is its text.
	Span source.Span `json:"span"`
	Raw  string      `json:"raw"`
	Kind Kind        `json:"kind"`
	// Values are normalised to Unit: one, or two for a range.
	Values []float64 `json:"values,omitempty"`
	// Unit: "/s" (per second), "s", "B/s", "B", "x", "%", "conn", or ""
	// when a table header gives the kind but not the scale.
	Unit       string    `json:"unit,omitempty"`
	Qualifiers Qualifier `json:"qualifiers,omitempty"`
	// About is the nearby words; for a table cell, the row and column
	// headers.
	About string `json:"about"`
	// Cited is true when the unit (or a table's lead-in) carries a link,
	// a URL, a path or a citation phrase; Links lists them.
	Cited bool   `json:"cited,omitempty"`
	Links []Link `json:"links,omitempty"`
	// Peers are the compared projects named with the figure.
	Peers []string `json:"peers,omitempty"`
}

// Blank returns text with each span (offsets into text) replaced by spaces,
// byte for byte, so offsets stay true. Spans outside text are clipped.
func Blank(text string, spans []source.Span) string {
	if len(spans) == 0 {
		return text
	}
	b := []byte(text)
	for _, sp := range spans {
		start, end := max(sp.Start, 0), min(sp.End, len(b))
		for i := start; i < end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}
