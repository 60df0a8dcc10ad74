package claims

import "strings"

// window is how many tokens around a figure, within its sentence, count as
// its context.
const window = 8

// context is the lower-cased words around a figure in its sentence, and
// extra words (a table's headers) that count as if they were there.
type context struct {
	before, after []string // nearest first
	extra         []string
}

func (sc *scan) contextOf(f figure, extra []string) context {
	c := context{extra: extra}
	sent := sc.toks[f.first].sent
	for k := f.first - 1; k >= 0 && k >= f.first-window && sc.toks[k].sent == sent; k-- {
		if w := sc.word(k); w != "" {
			c.before = append(c.before, strings.ToLower(w))
		}
	}
	for k := f.last + 1; k < len(sc.toks) && k <= f.last+window && sc.toks[k].sent == sent; k++ {
		if w := sc.word(k); w != "" {
			c.after = append(c.after, strings.ToLower(w))
		}
	}
	return c
}

func (c context) has(words map[string]bool) bool {
	for _, l := range [][]string{c.before, c.after, c.extra} {
		for _, w := range l {
			if words[strings.TrimSuffix(w, "'s")] {
				return true
			}
		}
	}
	return false
}

// justBefore reports whether one of words is among the n words before the
// figure.
func (c context) justBefore(words map[string]bool, n int) bool {
	for k := 0; k < n && k < len(c.before); k++ {
		if words[c.before[k]] {
			return true
		}
	}
	return false
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
		if c.justBefore(paramWords, 3) || (f.u.weak && !c.has(latencyWords) && !c.has(perfWords)) {
			return false
		}
		if c.has(latencyWords) {
			f.u.kind = Latency
		}
		return true
	case Memory:
		next := ""
		if len(c.after) > 0 {
			next = c.after[0]
		}
		return c.has(memoryWords) && !inputNouns[next] && !c.justBefore(inputNouns, 3) &&
			!c.justBefore(paramWords, 3)
	}
	return !c.justBefore(paramWords, 3)
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

func (sc *scan) sentOf(i int) int {
	if i < 0 {
		return -1
	}
	return sc.toks[i].sent
}
