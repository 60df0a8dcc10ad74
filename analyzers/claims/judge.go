package claims

import (
	"math"
	"strings"
)

// window is how many tokens around a figure, within its sentence, count as
// its context.
const window = 8

// context is the tokens around a figure in its sentence, [from, first)
// and (last, to], and extra lower-cased words (a table's headers) that
// count as if they were there.
type context struct {
	sc                    *scan
	from, first, last, to int
	extra                 []string
}

func (sc *scan) contextOf(f figure, extra []string) context {
	c := context{sc: sc, from: f.first, first: f.first, last: f.last, to: f.last, extra: extra}
	sent := sc.toks[f.first].sent
	// Another number ends the context: its words are its own ("2.7x faster
	// than Django and 100% test coverage").
	for c.from > 0 && c.from > f.first-window && sc.toks[c.from-1].sent == sent && sc.toks[c.from-1].kind != tNum {
		c.from--
	}
	for c.to+1 < len(sc.toks) && c.to < f.last+window && sc.toks[c.to+1].sent == sent && sc.toks[c.to+1].kind != tNum {
		c.to++
	}
	return c
}

func (c context) has(words map[string]bool) bool {
	for k := c.from; k <= c.to; k++ {
		if (k < c.first || k > c.last) && inSet(words, c.sc.word(k)) {
			return true
		}
	}
	for _, w := range c.extra {
		if words[w] {
			return true
		}
	}
	return false
}

// justBefore reports whether one of words is among the n words before the
// figure.
func (c context) justBefore(words map[string]bool, n int) bool {
	for k := c.first - 1; k >= c.from && n > 0; k-- {
		if w := c.sc.word(k); w != "" {
			if inSet(words, w) {
				return true
			}
			n--
		}
	}
	return false
}

// paramAfter are the parameter words that follow a figure: "4 MB by
// default", "100 req/s limit", "100ms long I/O waits".
var paramAfter = set("default", "limit", "limits", "cap", "max", "maximum", "timeout",
	"wait", "waits", "sleep", "sleeps", "delay", "delays", "interval")

// parameter: a parameter word among the four words before the figure, or
// one of paramAfter among the four words after it in its sentence, other
// figures passed over ("10ms and 100ms long I/O waits").
func (c context) parameter() bool {
	if c.justBefore(paramWords, 4) || c.timesOut() {
		return true
	}
	sc, sent, n := c.sc, c.sc.toks[c.last].sent, 4
	for k := c.last + 1; k < len(sc.toks) && k <= c.last+2*window && sc.toks[k].sent == sent && n > 0; k++ {
		w := sc.word(k)
		if w == "" || (sc.adjacent(k) && sc.toks[k-1].kind == tNum) {
			continue // a symbol, or a number's unit
		}
		if inSet(paramAfter, w) {
			return true
		}
		n--
	}
	return false
}

// justAfter reports whether one of words is among the n words after the
// figure, in its context.
func (c context) justAfter(words map[string]bool, n int) bool {
	for k := c.last + 1; k <= c.to && n > 0; k++ {
		if w := c.sc.word(k); w != "" {
			if inSet(words, w) {
				return true
			}
			n--
		}
	}
	return false
}

// timesOut: "time out after 60 seconds", "times out in 5 s": the
// figure is when a timeout fires.
func (c context) timesOut() bool {
	prev := ""
	for k, n := c.first-1, 4; k >= c.from && n > 0; k-- {
		w := strings.ToLower(c.sc.word(k))
		if w == "" {
			continue
		}
		if prev == "out" && (w == "time" || w == "times" || w == "timed") {
			return true
		}
		prev, n = w, n-1
	}
	return false
}

// threshold: a comparison sign just before the figure makes it a bound,
// not a measurement ("frame size > 125 bytes").
func (c context) threshold() bool {
	k := c.first - 1
	if k < 0 || c.sc.toks[k].kind != tSym {
		return false
	}
	switch c.sc.sym(k) {
	case ">", "<", "=", "≥", "≤":
		return true
	}
	return false
}

// next is the first word after the figure, lower-cased.
func (c context) next() string {
	if c.last+1 <= c.to {
		return strings.ToLower(c.sc.word(c.last + 1))
	}
	return ""
}

// inSet looks w up lower-cased, a possessive 's dropped, without
// allocating.
func inSet(words map[string]bool, w string) bool {
	var buf [32]byte
	if w == "" || len(w) > len(buf) {
		return false
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if len(b) > 2 && b[len(b)-2] == '\'' && b[len(b)-1] == 's' {
		b = b[:len(b)-2]
	}
	return words[string(b)]
}

// judge decides whether a figure is a performance claim, and sharpens a
// duration into a latency. See the package doc for the rules.
func (sc *scan) judge(f *figure, extra []string) bool {
	c := sc.contextOf(*f, extra)
	if sc.word(f.last+1) != "" && strings.EqualFold(sc.word(f.last+1), "of") && f.u.kind == Percentage {
		return false // a share: 80% of the users
	}
	switch f.u.kind {
	case Percentage:
		return !c.has(excludeWords) && (f.signed || c.has(perfWords) || c.has(latencyWords))
	case Multiplier:
		return !c.has(excludeWords)
	case Duration:
		if c.parameter() || (f.u.weak && !c.has(latencyWords) && !c.has(perfWords)) {
			return false
		}
		if c.has(latencyWords) {
			f.u.kind = Latency
		}
		return true
	case Memory:
		return c.has(memoryWords) && !inputNouns[c.next()] && !c.justBefore(inputNouns, 3) &&
			!c.justBefore(ioVerbs, 3) && !c.justAfter(ioVerbs, 3) &&
			!c.parameter() && !c.threshold() && !sc.illustrative(*f) && !c.has(secondPerson)
	case Connections:
		// A count of connections is whole: "TLS 1.3 connections" is not one.
		if f.values[0] != math.Trunc(f.values[0]) {
			return false
		}
	}
	return !c.parameter()
}

// qualifiersBefore reads "up to", "more than", "about" and their kin in the
// words just before the figure.
func (sc *scan) qualifiersBefore(f figure) Qualifier {
	w1 := strings.ToLower(sc.word(f.first - 1))
	w2 := strings.ToLower(sc.word(f.first - 2))
	if sc.toks[f.first].sent != sc.sentOf(f.first-1) {
		return 0
	}
	switch {
	case w2 == "up" && w1 == "to":
		return UpTo
	case (w2 == "more" || w2 == "greater" || w2 == "higher") && w1 == "than",
		w2 == "at" && w1 == "least", w2 == "excess" && w1 == "of":
		return Over
	case (w2 == "less" || w2 == "lower" || w2 == "fewer") && w1 == "than":
		return Under
	}
	switch w1 {
	case "over", "above", "beyond", "exceeding", "exceeds", "surpassing":
		return Over
	case "about", "around", "approximately", "approx", "roughly", "nearly", "almost", "circa", "ca", "some":
		return Approx
	case "under", "below", "sub":
		return Under
	}
	return 0
}

func (sc *scan) sentOf(i int) int32 {
	if i < 0 {
		return -1
	}
	return sc.toks[i].sent
}

// secondPerson: a size in a sentence about "your" application or machine
// describes the reader's setup, not the project ("your API will consume
// 4 GB of RAM").
var secondPerson = set("you", "your", "yours")

// exampleWords opening a sentence make its sizes an illustration: "If your
// server only has 3 GB of RAM", "For example, a 1 GB model".
var exampleWords = set("if", "suppose", "imagine", "assume", "say", "example", "e.g", "eg")

// illustrative reports whether one of the first three words of the
// figure's sentence is an exampleWord.
func (sc *scan) illustrative(f figure) bool {
	sent := sc.toks[f.first].sent
	n := 0
	for k := int(sc.toks[f.first].lead); k < len(sc.toks) && sc.toks[k].sent == sent && n < 3; k++ {
		if w := sc.word(k); w != "" {
			if inSet(exampleWords, w) {
				return true
			}
			n++
		}
	}
	return false
}
