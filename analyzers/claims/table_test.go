package claims

import (
	"reflect"
	"strings"
	"testing"
)

// tableRows cuts a pipe table (header row, delimiter row, body rows) into
// Units the way a front-end would, cells at their true offsets in src.
func tableRows(src string, leadIn *Unit) []Unit {
	var header []Cell
	var units []Unit
	off := 0
	for n, line := range strings.SplitAfter(src, "\n") {
		var cells []Cell
		for i := 0; i < len(line); {
			j := strings.IndexByte(line[i+1:], '|')
			if j < 0 {
				break
			}
			cells = append(cells, Cell{Offset: off + i + 1, Text: line[i+1 : i+1+j]})
			i += j + 1
		}
		switch {
		case n == 0:
			header = cells
		case n > 1 && len(cells) > 0:
			units = append(units, Unit{Row: &Row{Cells: cells, Columns: header, LeadIn: leadIn}})
		}
		off += len(line)
	}
	return units
}

func tableClaims(t *testing.T, src string, leadIn *Unit) []Claim {
	t.Helper()
	var cs []Claim
	for _, u := range tableRows(src, leadIn) {
		for _, c := range Default.Recognize(u) {
			if src[c.Span.Start:c.Span.End] != c.Raw {
				t.Errorf("span %v does not hold %q", c.Span, c.Raw)
			}
			cs = append(cs, c)
		}
	}
	if len(cs) > 0 && !MayHoldClaim([]byte(src)) {
		t.Errorf("MayHoldClaim is false on a table with claims:\n%s", src)
	}
	return cs
}

// expectTable checks the claims of a table's rows, as summaries, and
// returns them.
func expectTable(t *testing.T, src string, leadIn *Unit, want []string) []Claim {
	t.Helper()
	cs := tableClaims(t, src, leadIn)
	if got := summaries(cs); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	return cs
}

func TestTableHeaderGivesUnit(t *testing.T) {
	src := "| Framework | req/s | p99 latency (ms) | Memory (MB) |\n" +
		"|---|---:|---:|---:|\n" +
		"| covet | 23,450 | 4.3 | 30 |\n" +
		"| FastAPI | ~18,234 | 5.5 | 45 |\n" +
		"| Django | 8,765 | 11.4 | 60 |\n"
	cs := expectTable(t, src, nil, []string{
		"23,450|rate|23450 /s||", "4.3|latency|0.0043 s||", "30|memory|3e+07 B||",
		"~18,234|rate|18234 /s|approx|FastAPI", "5.5|latency|0.0055 s||FastAPI", "45|memory|4.5e+07 B||FastAPI",
		"8,765|rate|8765 /s||Django", "11.4|latency|0.0114 s||Django", "60|memory|6e+07 B||Django",
	})
	if cs[0].About != "covet / req/s" {
		t.Errorf("about = %q", cs[0].About)
	}
}

// TestTableAudit is the audit's table: figures with their own units, a
// multiplier range, peers in the row header.
func TestTableAudit(t *testing.T) {
	src := "| Metric | Claimed | Status |\n" +
		"|--------|---------|--------|\n" +
		"| Simple JSON Response | 23,450 req/sec | FABRICATED |\n" +
		"| Rust Speedup | 6-20x | EXTENSIONS DON'T WORK |\n" +
		"| vs Django | 2.7x faster | UNVERIFIED |\n" +
		"| Users | 10,000 | fine |\n" +
		"| Released | 2023 | fine |\n"
	cs := expectTable(t, src, nil, []string{
		"23,450 req/sec|rate|23450 /s||", "6-20x|multiplier|6,20 x||", "2.7x|multiplier|2.7 x||Django",
	})
	if cs[0].About != "Simple JSON Response / Claimed" {
		t.Errorf("about = %q", cs[0].About)
	}
}

// TestTablePeersAsColumns: the metric is the row header, the peers the
// columns.
func TestTablePeersAsColumns(t *testing.T) {
	src := "| Metric | covet | FastAPI | Flask |\n|---|---|---|---|\n" +
		"| requests per second | 95k+ | 18k | 4,000 |\n" +
		"| Stars | 10k | 70k | 60k |\n" +
		"| Queries per second | 1.2M | 23.45k | ≈900 |\n" +
		"| Test coverage | 100% | 98% | 95% |\n"
	expectTable(t, src, nil, []string{"95k+|rate|95000 /s|plus|", "18k|rate|18000 /s||FastAPI", "4,000|rate|4000 /s||Flask",
		"1.2M|rate|1.2e+06 /s||", "23.45k|rate|23450 /s||FastAPI", "≈900|rate|900 /s|approx|Flask"})
}

func TestTableCitationsFromLeadInAndCells(t *testing.T) {
	src := "| Server | req/s | Source |\n|---|---|---|\n| covet | 23,450 | |\n| other | 9,000 | https://example.com/run |\n"
	cs := tableClaims(t, src, nil)
	if len(cs) != 2 || cs[0].Cited || !cs[1].Cited {
		t.Fatalf("cited = %v, %v; want false, true", cs[0].Cited, cs[1].Cited)
	}
	lead := &Unit{Offset: 1000, Text: "Measured with benchmarks/http_load.py on one core:"}
	cs = tableClaims(t, src, lead)
	if len(cs) != 2 || !cs[0].Cited || cs[0].Links[0].Target != "benchmarks/http_load.py" || cs[0].Links[0].Span.Start != 1014 {
		t.Fatalf("lead-in reference not carried: %+v", cs[0])
	}
}

func TestTableCellProse(t *testing.T) {
	src := "| Case | Result |\n|---|---|\n| Hello world | up to 95k+ req/s on 4 cores |\n| Payload | a 1 MB payload |\n| Coverage | 95% |\n"
	expectTable(t, src, nil, []string{"95k+ req/s|rate|95000 /s|up to,plus|"})
}

// TestTableRowLabels: figures in a row header are the label's parameters,
// not claims, and do not give bare cells their unit.
func TestTableRowLabels(t *testing.T) {
	src := "| Server | Total requests | RPS | avg latency |\n|---|---|---|---|\n" +
		"| Granian ASGI 100ms (c512) | 50176 | 5067 | 101.2ms |\n" +
		"| get 10KB | 98000 | 9800 | 1.1 |\n"
	expectTable(t, src, nil, []string{
		"5067|rate|5067 /s||Granian", "101.2ms|latency|0.1012 s||Granian",
		"9800|rate|9800 /s||", "1.1|latency|1.1 ||",
	})
}

// TestLeadInReadOnce: the rows of a table share their lead-in's references,
// read on the first row and kept, so a long lead-in over many rows costs
// one reading.
func TestLeadInReadOnce(t *testing.T) {
	lead := &Unit{Offset: 0, Text: "Measured with bench/run.py on a quiet machine:"}
	cols := []Cell{{Offset: 100, Text: "server"}, {Offset: 110, Text: "req/s"}}
	var first *leadRefs
	for i, n := range []string{"23,450", "9,100"} {
		row := &Row{Columns: cols, LeadIn: lead, Cells: []Cell{{Offset: 200 + 20*i, Text: "covet"}, {Offset: 210 + 20*i, Text: n}}}
		cs := Default.Recognize(Unit{Row: row})
		if len(cs) != 1 || !cs[0].Cited || len(cs[0].Links) != 1 || cs[0].Links[0].Target != "bench/run.py" {
			t.Fatalf("row %d: %+v", i, cs)
		}
		if i == 0 {
			first = lead.lead
		} else if lead.lead != first || first == nil {
			t.Error("the lead-in was read again for the second row")
		}
	}
}
