package claims

// afterDigitWindow is how many words after a number may hold its unit: a
// scale word and two fillers before the noun ("3 million JSON requests").
const afterDigitWindow = 5

// MayHoldClaim is a byte pre-scan: false means Recognize finds no claim in
// any unit cut from b, so a caller may skip it (and, in Markdown, its
// inline parse). It is true when a digit is followed, within the next few
// words, by a unit or claim word (ms, req/s, %, x, times, requests,
// connections); when b holds a digit and a word a table header gives its
// cells a unit by (req/s, latency, MB, %, per second); or when it names a
// comparison (outperforms, faster). A test keeps it a superset of
// Recognize.
func MayHoldClaim(b []byte) bool {
	digit, header := false, false
	since := afterDigitWindow // words read since the last number
	per := false              // the previous word was "per"
	var buf [24]byte
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case isDigit(c):
			digit, since = true, 0
			for i < len(b) && (isDigit(b[i]) || b[i] == ',' || b[i] == '.') {
				i++
			}
			j := i
			for j < len(b) && b[j] == ' ' {
				j++
			}
			if j < len(b) && (b[j] == '%' || b[j] == 0xC3 || b[j] == 0xC2 || b[j] == 0xCE) {
				return true // %, × (C3 97), µ (C2 B5), μ (CE BC), close enough
			}
			if header {
				return true
			}
			continue
		case c == '%':
			if digit {
				return true
			}
			header = true
		case isASCIIAlpha(c):
			j := scanASCIIWord(b, i+1)
			w := lower(buf[:0], b[i:j])
			var flags uint8
			if len(w) > 0 && prescanShapes[shape(w)] {
				flags = prescanWords[string(w)]
			}
			if flags&comparing != 0 || (flags&afterDigit != 0 && since < afterDigitWindow) {
				return true
			}
			if flags&headerTerm != 0 || (per && flags&perTime != 0) {
				if digit {
					return true
				}
				header = true
			}
			per = len(w) == 3 && w[0] == 'p' && w[1] == 'e' && w[2] == 'r'
			since++
			i = j
			continue
		}
		i++
	}
	return false
}

// lower copies s lower-cased into buf, or returns nil when s is too long
// to be any word MayHoldClaim looks for.
func lower(buf []byte, s []byte) []byte {
	if len(s) > cap(buf) {
		return nil
	}
	for _, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// Flags of a word in prescanWords.
const (
	afterDigit uint8 = 1 << iota // after a number, may make it a figure
	headerTerm                   // in a table header, gives cells a unit
	comparing                    // names a comparison without a figure
	perTime                      // second, minute: a header term after "per"
)

// prescanWords holds every word MayHoldClaim looks for, lower-cased, with
// what it may mean: one lookup per word.
var prescanWords = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(flag uint8, words ...string) {
		for _, w := range words {
			m[w] |= flag
		}
	}
	addSets := func(flag uint8, sets ...map[string]bool) {
		for _, set := range sets {
			for w := range set {
				m[w] |= flag
			}
		}
	}
	for w := range units {
		add(afterDigit, w)
		if w != "x" {
			add(headerTerm, w)
		}
	}
	for w := range headerKinds {
		add(headerTerm, w)
	}
	for n := range rateNouns {
		for s := range secondWords {
			add(afterDigit|headerTerm, n+"/"+s)
		}
		for s := range minuteWords {
			add(afterDigit|headerTerm, n+"/"+s)
		}
	}
	add(afterDigit, "times", "fold")
	addSets(afterDigit, rateNouns)
	addSets(afterDigit|headerTerm, connNouns, connAdjectives)
	addSets(comparing, comparingVerbs, thanComparatives)
	addSets(perTime, secondWords, minuteWords)
	return m
}()

// prescanShapes marks the shapes (first byte, last byte, length) of the
// words in prescanWords: most prose words have none of them and are
// skipped without a map lookup.
var prescanShapes = func() []bool {
	a := make([]bool, 1<<15)
	for w := range prescanWords {
		if len(w) > 0 {
			a[shape([]byte(w))] = true
		}
	}
	return a
}()

func shape(w []byte) int {
	return (int(w[0]&0x1F)<<5|int(w[len(w)-1]&0x1F))<<5 | len(w)&0x1F
}

// scanASCIIWord is scanWord's ASCII part over bytes: the same word ends
// where the tokenizer's does, or earlier at a non-ASCII letter.
func scanASCIIWord(b []byte, i int) int {
	for i < len(b) {
		c := b[i]
		switch {
		case isAlnum(c):
			i++
		case (c == '.' || c == '_') && i+1 < len(b) && isAlnum(b[i+1]) && isAlnum(b[i-1]),
			(c == '/' || c == '-' || c == '\'') && i+1 < len(b) && isASCIIAlpha(b[i+1]) && isAlnum(b[i-1]):
			i++
		default:
			return i
		}
	}
	return i
}
