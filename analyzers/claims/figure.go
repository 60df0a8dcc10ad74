package claims

import (
	"math"
	"strconv"
	"strings"
)

// figure is a number with its unit, as token indexes [first, last].
type figure struct {
	first, last int
	values      []float64
	u           unit
	qual        Qualifier
	signed      bool // a + or - written before the number
	minus       bool // the sign is a minus
}

// scan is one unit's text and its tokens.
type scan struct {
	s    string
	toks []token
}

func (sc *scan) word(i int) string {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tWord {
		return ""
	}
	return sc.toks[i].text(sc.s)
}

func (sc *scan) sym(i int) string {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tSym {
		return ""
	}
	return sc.toks[i].text(sc.s)
}

// adjacent: token i follows token i-1 with no space between.
func (sc *scan) adjacent(i int) bool {
	return i > 0 && i < len(sc.toks) && !sc.toks[i].space
}

// figureAt reads a figure whose number is token i, without judging its
// context.
func (sc *scan) figureAt(i int) (figure, bool) {
	f, j, ok := sc.numberAt(i)
	if !ok {
		return f, false
	}
	j = sc.skipEmphasis(j)
	u, last, ok := sc.unitAt(j)
	if !ok {
		return f, false
	}
	f.u, f.last = u, last
	// 6x-20x: a range whose ends both carry the unit.
	if len(f.values) == 1 {
		if v2, k, ok := sc.rangeEnd(last + 1); ok {
			if u2, last2, ok := sc.unitAt(k); ok && u2 == u {
				f.values, f.last = append(f.values, v2), last2
			}
		}
	}
	f.values = normalise(f.values, u, f.minus)
	return f, true
}

// normalise scales values to u's unit and negates a minus-signed figure.
func normalise(values []float64, u unit, minus bool) []float64 {
	for k, v := range values {
		v = scaleBy(v, u.scale)
		if minus && k == 0 {
			v = -v
		}
		values[k] = v
	}
	return values
}

// scaleBy multiplies v by s. A power of ten shifts the decimal point of
// v's shortest decimal form, so 4.1 ms is 0.0041 s as printed, not
// 0.0040999999999999995; 1/60 (per minute) divides.
func scaleBy(v, s float64) float64 {
	if s == 1 {
		return v
	}
	if e := math.Round(math.Log10(s)); math.Pow(10, e) == s {
		shifted, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(int(e)), 64)
		if err == nil && !math.IsInf(shifted, 0) {
			return shifted
		}
	}
	if s < 1 {
		return v / math.Round(1/s)
	}
	return v * s
}

// skipEmphasis passes over emphasis markers a caller left in the text
// ("**23,450** req/s"), at most three.
func (sc *scan) skipEmphasis(j int) int {
	for n := 0; n < 3 && (sc.sym(j) == "*" || sc.sym(j) == "_"); n++ {
		j++
	}
	return j
}

// numberAt reads the number at token i, with its sign, scale, "+" and the
// upper end of a range, unnormalised; j is the token after it.
func (sc *scan) numberAt(i int) (f figure, j int, ok bool) {
	f = figure{first: i}
	if !sc.startsFigure(i, &f) {
		return f, 0, false
	}
	v, j, ok := sc.quantity(i, &f)
	if !ok {
		return f, 0, false
	}
	f.values = []float64{v}
	if v2, k, ok := sc.rangeEnd(j); ok {
		f.values, j = append(f.values, v2), k
	}
	return f, j, true
}

// startsFigure rejects a number that belongs to something else (a version
// after "v", a date or time, an issue number, a price, a path, an
// attribute value) and reads a sign or "~" written against it.
func (sc *scan) startsFigure(i int, f *figure) bool {
	if !sc.adjacent(i) {
		switch p := sc.sym(i - 1); p {
		case "=":
			return false
		case ":":
			return !cssProps[strings.ToLower(sc.word(i-2))]
		case "~", "≈":
			f.qual |= Approx
		case ">", "≥":
			f.qual |= Over
		case "<", "≤":
			f.qual |= Under
		}
		return true
	}
	prev := sc.toks[i-1]
	if prev.kind != tSym {
		// A word in another script may touch a figure; an ASCII one may not.
		return prev.kind == tWord && sc.s[prev.end-1] >= 0x80
	}
	switch prev.text(sc.s) {
	case "+":
		f.first, f.signed = i-1, true
	case "-", "−":
		if sc.adjacent(i-1) && sc.toks[i-2].kind == tNum {
			return false // the middle of a date or range
		}
		if strings.EqualFold(sc.word(i-2), "sub") && sc.adjacent(i-1) {
			f.qual |= Under
			return true
		}
		f.first, f.signed, f.minus = i-1, true, true
	case "~", "≈":
		f.first, f.qual = i-1, f.qual|Approx
	case ">", "≥":
		f.qual |= Over
	case "<", "≤":
		f.qual |= Under
	case "(", "[", "*", "_", "“", "‘", "«", "—", "–", "|":
	case "\"", "'":
		return sc.sym(i-2) != "=" && !(sc.sym(i-2) == ":" && cssProps[strings.ToLower(sc.word(i-3))])
	default:
		return false
	}
	return true
}

// quantity parses the number at i with its scale (23.45k, 1.2M, 3 million)
// and a "+" suffix, and rejects dates, times and fractions (2024-01-15,
// 12:30, 1/2). It returns the token after what it read.
func (sc *scan) quantity(i int, f *figure) (float64, int, bool) {
	v, ok := parseNumber(sc.toks[i].text(sc.s))
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if sep := sc.sym(j); sc.adjacent(j) && (sep == ":" || sep == "/" || sep == "-" || sep == ".") &&
		j+1 < len(sc.toks) && sc.adjacent(j+1) && sc.toks[j+1].kind == tNum {
		if sep != "-" || (sc.sym(j+2) == "-" && sc.adjacent(j+2)) {
			return 0, 0, false
		}
	}
	if m, ok := scales[sc.word(j)]; ok && (sc.adjacent(j) || len(sc.word(j)) > 2) {
		v = scaleBy(v, m)
		j++
	}
	if sc.sym(j) == "+" && sc.adjacent(j) {
		f.qual |= Plus
		j++
	}
	return v, j, true
}

// rangeEnd reads "- 20", "–20", "to 20" at j: the upper end of a range.
func (sc *scan) rangeEnd(j int) (float64, int, bool) {
	sep := sc.sym(j)
	if sep != "-" && sep != "–" && sep != "—" && !strings.EqualFold(sc.word(j), "to") {
		return 0, 0, false
	}
	k := j + 1
	if k >= len(sc.toks) || sc.toks[k].kind != tNum {
		return 0, 0, false
	}
	var g figure
	v, next, ok := sc.quantity(k, &g)
	return v, next, ok
}

// unitAt reads the unit starting at token j and returns the index of its
// last token.
func (sc *scan) unitAt(j int) (unit, int, bool) {
	if j >= len(sc.toks) {
		return unit{}, 0, false
	}
	t := sc.toks[j]
	switch t.kind {
	case tSym:
		switch t.text(sc.s) {
		case "%":
			return units["%"], j, true
		case "×":
			return units["x"], j, true
		case "-":
			if sc.adjacent(j+1) && strings.EqualFold(sc.word(j+1), "fold") {
				return units["x"], j + 1, true
			}
		}
		return unit{}, 0, false
	case tWord:
	default:
		return unit{}, 0, false
	}
	w := t.text(sc.s)
	lw := strings.ToLower(w)
	if u, ok := caseUnits[w]; ok {
		return u, j, true
	}
	if u, ok := units[lw]; ok {
		// 2.7x is a multiplier; 2.7 x and 5700X (a model number) only
		// before "faster" and its kin.
		if lw == "x" && (!sc.adjacent(j) || w == "X") && !comparatives[strings.ToLower(sc.word(j+1))] {
			return unit{}, 0, false
		}
		return u, j, true
	}
	if u, ok := rateUnit(lw); ok {
		return u, j, true
	}
	if lw == "times" && comparatives[strings.ToLower(sc.word(j+1))] {
		return units["x"], j, true
	}
	return sc.phraseUnit(j)
}

// phraseUnit reads the units written as words: "[JSON] requests per
// second", "serialize ops/s", "[concurrent] connections", "concurrent
// users". Up to two words may stand between the number and the noun.
func (sc *scan) phraseUnit(j int) (unit, int, bool) {
	adjective := false
	for k := j; k < j+3 && k < len(sc.toks); k++ {
		w := strings.ToLower(sc.word(k))
		if w == "" || w == "test" || w == "tests" {
			return unit{}, 0, false // "2 test clients" counts tests
		}
		if rateNouns[w] && strings.EqualFold(sc.word(k+1), "per") {
			per := strings.ToLower(sc.word(k + 2))
			switch {
			case secondWords[per]:
				return perSecond, k + 2, true
			case minuteWords[per]:
				return perMinute, k + 2, true
			}
		}
		if u, ok := rateUnit(w); ok {
			return u, k, true
		}
		if connNouns[w] || (adjective && loadUsers[w]) {
			return unit{kind: Connections, scale: 1, norm: "conn"}, k, true
		}
		adjective = adjective || connAdjectives[w]
	}
	return unit{}, 0, false
}
