package rst_test

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/rst"
)

// units turns a Doc into the units of prose the claim recogniser reads, as
// the reStructuredText front-end will: each paragraph, and each table row
// with its column headers and lead-in paragraph.
func units(d *rst.Doc) []claims.Unit {
	links := func(ls []rst.Link) []claims.Link {
		var out []claims.Link
		for _, l := range ls {
			out = append(out, claims.Link{Span: l.Span, Target: l.Target})
		}
		return out
	}
	var us []claims.Unit
	for _, p := range d.Prose {
		us = append(us, claims.Unit{Offset: p.Span.Start, Text: p.Text, Links: links(p.Links)})
	}
	for _, t := range d.Tables {
		var lead *claims.Unit
		if t.LeadIn >= 0 {
			p := d.Prose[t.LeadIn]
			lead = &claims.Unit{Offset: p.Span.Start, Text: p.Text, Links: links(p.Links)}
		}
		var cols []claims.Cell
		for _, c := range t.Columns {
			cols = append(cols, claims.Cell{Offset: c.Span.Start, Text: c.Text})
		}
		for _, r := range t.Rows {
			if r.Header {
				continue
			}
			row := &claims.Row{Columns: cols, LeadIn: lead}
			var ls []claims.Link
			for _, c := range r.Cells {
				row.Cells = append(row.Cells, claims.Cell{Offset: c.Span.Start, Text: c.Text})
				ls = append(ls, links(c.Links)...)
			}
			us = append(us, claims.Unit{Row: row, Links: ls})
		}
	}
	return us
}

// claimLines reads the file's claims through both packages, one line
// each: "raw kind [values] cited vs peers", and checks their spans.
func claimLines(t *testing.T, path string) []string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range units(rst.Parse(src)) {
		for _, c := range claims.Default.Recognize(u) {
			if string(src[c.Span.Start:c.Span.End]) != c.Raw {
				t.Errorf("claim %q does not stand at %v", c.Raw, c.Span)
			}
			s := fmt.Sprintf("%s %s %v", c.Raw, c.Kind, c.Values)
			if c.Cited {
				s += " cited"
			}
			if len(c.Peers) > 0 {
				s += " vs " + strings.Join(c.Peers, ",")
			}
			got = append(got, s)
		}
	}
	return got
}

// TestReadmeClaims reads the test README's claims through both packages:
// figures in code spans, literal blocks, code directives and comments are
// not claims; table cells take their units from the headers.
func TestReadmeClaims(t *testing.T) {
	got := claimLines(t, "testdata/readme.rst")
	want := []string{
		"23,450 req/s rate [23450] cited vs Django",
		"850 ns duration [8.5e-07] cited",
		"1.2 s latency [1.2] cited",
		"10,000 concurrent connections connections [10000]",
		"4.3 ms latency [0.0043]",
		"5 ms duration [0.005]",
		"23,450 rate [23450] cited", "4.3 latency [0.0043] cited",
		"18,234 rate [18234] cited vs FastAPI", "5.5 latency [0.0055] cited vs FastAPI",
		"8,765 rate [8765] cited vs Django", "11.4 latency [0.0114] cited vs Django",
		"30 memory [3e+07]", "0.2 latency [0.2]",
		"45 memory [4.5e+07] vs Flask", "0.4 latency [0.4] vs Flask",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims:\n got  %q\n want %q", got, want)
	}
}

// TestChangelogIsQuiet: a changelog as Python projects write it (versions,
// dates, issue numbers, buffer sizes and timeouts, coverage, counts,
// prices, code) holds no claim.
func TestChangelogIsQuiet(t *testing.T) {
	src, err := os.ReadFile("testdata/changes.rst")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rst.Parse(src).Prose); n < 8 {
		t.Fatalf("only %d units of prose read", n)
	}
	if got := claimLines(t, "testdata/changes.rst"); len(got) > 0 {
		t.Errorf("claims in a changelog: %q", got)
	}
}

// TestBenchmarkPage: a benchmarks page with a list-table, a csv-table, an
// admonition and prose. The tables take their units from their headers and
// their lead-ins from their titles; the wrk link cites only the paragraph
// it is in.
func TestBenchmarkPage(t *testing.T) {
	got := claimLines(t, "testdata/benchmarks.rst")
	want := []string{
		"outperforms comparison [] vs Sanic",
		"45 ms latency [0.045]",
		"3x multiplier [3] vs Django",
		"95k+ rate [95000]", "1.9 latency [0.0019]",
		"41,200 rate [41200] vs Starlette", "4.1 latency [0.0041] vs Starlette",
		"38 memory [3.8e+07]",
		"52 memory [5.2e+07] vs Sanic",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims:\n got  %q\n want %q", got, want)
	}
}
