package claims

import (
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// aboutWords is how many words on each side of a figure say what it is
// about.
const aboutWords = 5

// Recognize returns the claims of one unit of prose, in text order.
func (r *Recognizer) Recognize(u Unit) []Claim {
	if u.Row != nil {
		return r.row(u)
	}
	sc := &scan{s: u.Text, toks: tokenize(u.Text)}
	links := appendRefs(u.Links, sc, u.Offset)
	cited := len(links) > 0 || sc.citesSource()
	figs := sc.figures(nil)
	peers := r.figurePeers(sc, figs)
	claims := make([]Claim, 0, len(figs))
	for n, f := range figs {
		c := sc.claim(f, u.Offset)
		c.About = sc.about(figs, n)
		c.Cited, c.Links = cited, links
		c.Peers = peers[n]
		claims = append(claims, c)
	}
	return r.comparisons(sc, figs, u.Offset, cited, links, claims)
}

// figures finds the figures of the scan that judge accepts, extra words
// counting as context.
func (sc *scan) figures(extra []string) []figure {
	var figs []figure
	for i := 0; i < len(sc.toks); i++ {
		if sc.toks[i].kind != tNum {
			continue
		}
		f, ok := sc.figureAt(i)
		if !ok || !sc.judge(&f, extra) {
			continue
		}
		f.qual |= sc.qualifiersBefore(f)
		figs = append(figs, f)
		i = f.last
	}
	return figs
}

// claim makes a Claim of a figure, with file offsets.
func (sc *scan) claim(f figure, off int) Claim {
	start, end := int(sc.toks[f.first].start), int(sc.toks[f.last].end)
	return Claim{
		Span:       source.Span{Start: off + start, End: off + end},
		Raw:        sc.s[start:end],
		Kind:       f.u.kind,
		Values:     f.values,
		Unit:       f.u.norm,
		Qualifiers: f.qual,
	}
}

// about joins the words around figure n in its share of its sentence.
func (sc *scan) about(figs []figure, n int) string {
	from, to := sc.sentenceAround(figs, n)
	f := figs[n]
	var before, after []string
	for k := f.first - 1; k >= from && len(before) < aboutWords; k-- {
		if w := sc.word(k); w != "" {
			before = append(before, w)
		}
	}
	for k := f.last + 1; k < to && len(after) < aboutWords; k++ {
		if w := sc.word(k); w != "" {
			after = append(after, w)
		}
	}
	for i, j := 0, len(before)-1; i < j; i, j = i+1, j-1 {
		before[i], before[j] = before[j], before[i]
	}
	return strings.Join(append(before, after...), " ")
}

// figurePeers are, for each figure, the peers named after it in its
// sentence, up to the next figure ("2.7x faster than Django and 1.3x faster
// than FastAPI"); failing that, those before it back to the previous figure
// ("vs Django: 2.7x"), unless that figure named them after itself.
func (r *Recognizer) figurePeers(sc *scan, figs []figure) [][]string {
	after := make([][]string, len(figs))
	for n, f := range figs {
		_, to := sc.sentenceAround(figs, n)
		after[n] = r.peersIn(sc, f.last+1, to, nil)
	}
	peers := make([][]string, len(figs))
	for n, f := range figs {
		peers[n] = after[n]
		if len(after[n]) == 0 && (n == 0 || len(after[n-1]) == 0) {
			from, _ := sc.sentenceAround(figs, n)
			peers[n] = r.peersIn(sc, from, f.first, nil)
		}
	}
	return peers
}

// sentenceAround bounds figure n's share of its sentence: tokens [from,
// to), between the previous figure's end and the next figure's start.
func (sc *scan) sentenceAround(figs []figure, n int) (from, to int) {
	f := figs[n]
	sent := sc.toks[f.first].sent
	to = f.last + 1
	for to < len(sc.toks) && sc.toks[to].sent == sent && (n+1 == len(figs) || to < figs[n+1].first) {
		to++
	}
	from = f.first
	for from > 0 && sc.toks[from-1].sent == sent && (n == 0 || from-1 > figs[n-1].last) {
		from--
	}
	return from, to
}

// comparisons adds a Comparison claim for each sentence with no figure
// that names a peer after "outperforms" or "faster than".
func (r *Recognizer) comparisons(sc *scan, figs []figure, off int, cited bool, links []Link, claims []Claim) []Claim {
	var found []Claim
	n := 0 // next figure
	for i := 0; i < len(sc.toks); i++ {
		for n < len(figs) && figs[n].last < i {
			n++
		}
		w := sc.word(i)
		if w == "" || !comparingInitial[w[0]|0x20] {
			continue
		}
		w = strings.ToLower(w)
		verb := comparingVerbs[w] || (thanComparatives[w] && strings.EqualFold(sc.word(i+1), "than"))
		if !verb {
			continue
		}
		sent := sc.toks[i].sent
		if n < len(figs) && sc.toks[figs[n].first].sent == sent || n > 0 && sc.toks[figs[n-1].first].sent == sent {
			continue // the figure's claim names the peers
		}
		end := i + 1
		for end < len(sc.toks) && sc.toks[end].sent == sent {
			end++
		}
		// One verb per sentence is enough, and keeps the scan linear.
		peers := r.peersIn(sc, i+1, end, nil)
		if len(peers) == 0 {
			i = end - 1
			continue
		}
		t := sc.toks[i]
		found = append(found, Claim{
			Span: source.Span{Start: off + int(t.start), End: off + int(t.end)}, Raw: t.text(sc.s),
			Kind: Comparison, About: sc.about([]figure{{first: i, last: i}}, 0),
			Cited: cited, Links: links, Peers: peers,
		})
		i = end - 1
	}
	return mergeClaims(claims, found)
}

// comparingInitial are the first letters of comparingVerbs and
// thanComparatives: most words are skipped without lower-casing.
var comparingInitial = func() [256]bool {
	var a [256]bool
	for _, m := range []map[string]bool{comparingVerbs, thanComparatives} {
		for w := range m {
			a[w[0]] = true
		}
	}
	return a
}()

// mergeClaims merges two lists in text order into one.
func mergeClaims(a, b []Claim) []Claim {
	if len(b) == 0 {
		return a
	}
	out := make([]Claim, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].Span.Start <= b[0].Span.Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
