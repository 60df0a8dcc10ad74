package claims

import (
	"slices"
	"strings"
)

// row recognises the claims of a table row, cell by cell. The row header
// (the first cell of a row of several) is a label and holds no claim. A
// cell's own figures are read like prose, with the headers as context;
// a cell holding only a number (23,450, ~475, 95k+) takes its unit or kind
// from its column header, else from the row header (first cell): a table
// whose header says req/s makes every number under it a claim. Peers come
// from the row header and the cell's column header.
func (r *Recognizer) row(u Unit) []Claim {
	row := u.Row
	links := append([]Link(nil), u.Links...)
	cited := false
	scans := make([]*scan, len(row.Cells))
	for k, c := range row.Cells {
		scans[k] = &scan{s: c.Text, toks: tokenize(c.Text)}
		links = appendRefs(links, scans[k], c.Offset)
		cited = cited || scans[k].citesSource()
	}
	if li := row.LeadIn; li != nil {
		lr := li.leadIn()
		links = append(links, lr.links...)
		cited = cited || lr.cited
	}
	cited = cited || len(links) > 0
	if len(links) == 0 {
		links = nil
	}
	var claims []Claim
	var head string
	var headScan *scan
	var rowPeers, headWords []string
	if len(scans) > 1 {
		head = strings.TrimSpace(row.Cells[0].Text)
		headScan = &scan{s: head, toks: tokenize(head)}
		rowPeers = r.peersIn(scans[0], 0, len(scans[0].toks), nil)
		headWords = lowerWords(headScan)
	}
	for k, sc := range scans {
		var col string
		var colScan *scan
		if k < len(row.Columns) {
			col = strings.TrimSpace(row.Columns[k].Text)
			colScan = &scan{s: col, toks: tokenize(col)}
		}
		extra := lowerWords(colScan)
		if k > 0 {
			extra = append(extra, headWords...)
		}
		if k == 0 && len(scans) > 1 {
			continue // the row header is a label: "Granian ASGI 100ms (c512)"
		}
		figs := sc.figures(extra)
		if len(figs) == 0 && k > 0 {
			if f, ok := sc.bareFigure(colScan, headScan, extra); ok {
				figs = []figure{f}
			}
		}
		figPeers := r.figurePeers(sc, figs)
		for n, f := range figs {
			c := sc.claim(f, row.Cells[k].Offset)
			c.About = joinNonEmpty(" / ", head, col, sc.about(figs, n))
			if k == 0 {
				c.About = joinNonEmpty(" / ", col, sc.about(figs, n))
			}
			c.Cited, c.Links = cited, links
			peers := figPeers[n]
			if colScan != nil {
				peers = r.peersIn(colScan, 0, len(colScan.toks), peers)
			}
			for _, p := range rowPeers {
				if !slices.Contains(peers, p) {
					peers = append(peers, p)
				}
			}
			c.Peers = peers
			claims = append(claims, c)
		}
	}
	return claims
}

// bareFigure reads a cell that holds one number and nothing else but
// qualifiers and marks, and gives it the unit its column header, else its
// row header, names.
func (sc *scan) bareFigure(col, head *scan, extra []string) (figure, bool) {
	i := 0
	for i < len(sc.toks) && sc.toks[i].kind != tNum {
		if sc.toks[i].kind == tWord && !qualifierWords[strings.ToLower(sc.word(i))] {
			return figure{}, false
		}
		i++
	}
	if i == len(sc.toks) {
		return figure{}, false
	}
	f, j, ok := sc.numberAt(i)
	if !ok {
		return f, false
	}
	f.last = j - 1
	for k := j; k < len(sc.toks); k++ {
		if sc.toks[k].kind != tSym || sc.sym(k) == "%" {
			return f, false
		}
	}
	u, ok := headerUnit(col)
	if !ok {
		u, ok = headerUnit(head)
	}
	if !ok {
		return f, false
	}
	f.u = u
	f.values = normalise(f.values, u, f.minus)
	if !sc.judge(&f, extra) {
		return f, false
	}
	f.qual |= sc.qualifiersBefore(f)
	return f, true
}

var qualifierWords = set("up", "to", "over", "about", "around", "approximately", "approx",
	"roughly", "nearly", "almost", "under", "below", "above", "more", "less", "than", "at",
	"least", "ca", "circa")

// headerKinds name a kind in a header without a scale.
var headerKinds = map[string]unit{
	"latency": {Latency, 1, "", false}, "latencies": {Latency, 1, "", false},
	"p50": {Latency, 1, "", false}, "p90": {Latency, 1, "", false}, "p95": {Latency, 1, "", false},
	"p99": {Latency, 1, "", false}, "throughput": {Rate, 1, "", false},
	"speedup": {Multiplier, 1, "x", false}, "speed-up": {Multiplier, 1, "x", false},
	"faster": {Multiplier, 1, "x", false}, "memory": {Memory, 1, "", false},
	"rss": {Memory, 1, "", false}, "connections": {Connections, 1, "conn", false},
}

// headerUnit finds the unit a header names: "req/s", "Latency (ms)",
// "requests per second", "Speedup", "Improvement (%)".
func headerUnit(h *scan) (unit, bool) {
	if h == nil {
		return unit{}, false
	}
	var kind unit
	found := false
	for j := range h.toks {
		if h.sym(j) == "%" {
			return units["%"], true
		}
		// A unit attached to a number is a label's parameter ("get 10KB",
		// "100ms (c512)"), not the column's unit.
		if h.toks[j].kind != tWord || (j > 0 && h.toks[j-1].kind == tNum) {
			continue
		}
		if u, _, ok := h.unitAt(j); ok && u.kind != Multiplier {
			if u.kind == Duration && h.hasWord(latencyWords) {
				u.kind = Latency
			}
			return u, true
		}
		if u, ok := headerKinds[strings.ToLower(h.word(j))]; ok && !found {
			kind, found = u, true
		}
	}
	return kind, found
}

func (sc *scan) hasWord(words map[string]bool) bool {
	for i := range sc.toks {
		if words[strings.ToLower(sc.word(i))] {
			return true
		}
	}
	return false
}

// maxHeaderWords bounds the header words that count as a cell's context,
// so a long first cell cannot make a wide row quadratic.
const maxHeaderWords = 16

func lowerWords(sc *scan) []string {
	if sc == nil {
		return nil
	}
	var out []string
	for i := 0; i < len(sc.toks) && len(out) < maxHeaderWords; i++ {
		if w := sc.word(i); w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// leadRefs is what a table's lead-in paragraph gives each of its rows.
type leadRefs struct {
	links []Link
	cited bool
}

// leadIn reads a lead-in's references once, on the table's first row, and
// keeps them on the Unit its rows share: a table of many rows under a long
// lead-in would otherwise read the lead-in once per row.
func (u *Unit) leadIn() *leadRefs {
	if u.lead == nil {
		sc := &scan{s: u.Text, toks: tokenize(u.Text)}
		u.lead = &leadRefs{links: appendRefs(append([]Link(nil), u.Links...), sc, u.Offset), cited: sc.citesSource()}
	}
	return u.lead
}
