package claims

import (
	"math"
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"Covet serves 23,450 req/sec, 2.7x faster than Django; up to 95k+ rps, ~4.3 ms p99.",
	"6-20x faster, 2x-3x, 3 to 5x, 10 times faster, a 10-fold increase, +45%, -30% memory",
	"吞吐量达到23,450 req/s，延迟4.3ms。 Die Latenz liegt bei 4,3 ms.",
	"100% test coverage, 80% of the users, width: 20%, v1.2.3, #123, 2024-01-15 12:30",
	"Covet outperforms FastAPI. It is faster than Node.js and Go.",
	"sub-10ms, > 5 rps, ≈3 ms, 1.2M ops/s, 3 million JSON requests per second, 64 MiB RSS",
	"https://example.com/x/1 benchmarks/run.py 10k concurrent users 1.5 GB/s",
}

// check fails on what no caller may see: a span outside the text or not
// holding Raw, a value that is not finite.
func check(t *testing.T, text string, off int, cs []Claim) {
	t.Helper()
	for _, c := range cs {
		if c.Span.Start < off || c.Span.End > off+len(text) || c.Span.Start > c.Span.End {
			t.Fatalf("span %v outside [%d, %d)", c.Span, off, off+len(text))
		}
		if text[c.Span.Start-off:c.Span.End-off] != c.Raw {
			t.Fatalf("span %v does not hold raw %q", c.Span, c.Raw)
		}
		for _, v := range c.Values {
			if math.IsInf(v, 0) || math.IsNaN(v) {
				t.Fatalf("value %v of %q is not finite", v, c.Raw)
			}
		}
		for _, l := range c.Links {
			if l.Span.Start > l.Span.End {
				t.Fatalf("link span %v", l.Span)
			}
		}
	}
}

// FuzzRecognize runs Recognize on arbitrary text, as prose and as a table
// row cut at '|' under the text's first line as headers: no panic, spans
// inside the text, finite values, and MayHoldClaim true wherever a claim
// is found.
func FuzzRecognize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("| a | req/s |\n|---|---|\n| covet | 23,450 |")
	f.Fuzz(func(t *testing.T, text string) {
		cs := Default.Recognize(Unit{Offset: 7, Text: text})
		check(t, text, 7, cs)
		if len(cs) > 0 && !MayHoldClaim([]byte(text)) {
			t.Fatalf("MayHoldClaim false on %q, which holds %q", text, cs[0].Raw)
		}
		header, body, _ := strings.Cut(text, "\n")
		row := &Row{Columns: cellsOf(header, 0), Cells: cellsOf(body, len(header)+1)}
		if len(row.Cells) > 0 {
			rs := Default.Recognize(Unit{Row: row})
			check(t, text, 0, rs)
			if len(rs) > 0 && !MayHoldClaim([]byte(text)) {
				t.Fatalf("MayHoldClaim false on table %q, which holds %q", text, rs[0].Raw)
			}
		}
	})
}

// cellsOf cuts a line at '|' into cells at their offsets.
func cellsOf(line string, off int) []Cell {
	var cells []Cell
	start := 0
	for i := 0; i <= len(line); i++ {
		if i == len(line) || line[i] == '|' {
			cells = append(cells, Cell{Offset: off + start, Text: line[start:i]})
			start = i + 1
		}
	}
	return cells
}

func TestMayHoldClaim(t *testing.T) {
	for _, s := range append(fuzzSeeds,
		"| Framework | req/s |\n|---|---|\n| covet | 23,450 |",
		"| Metric | covet |\n|---|---|\n| requests per second | 95k+ |",
		"Covet beats Django.") {
		if !MayHoldClaim([]byte(s)) {
			t.Errorf("MayHoldClaim(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Released in 2023. Version 1.2.3; 1,200 tests and 10k stars.",
		"Install with pip install covet==2.0 and run it.",
		"It's the 3rd release; see issue #123 (fixed on 2024-01-15).",
		"No figures here, only words about requests and latency.",
	} {
		if MayHoldClaim([]byte(s)) {
			t.Errorf("MayHoldClaim(%q) = true", s)
		}
	}
}
