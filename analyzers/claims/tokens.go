package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota // letters, then ASCII letters, digits and inner . / - _ '
	tNum                 // digits with inner , . separators
	tSym                 // any other single character
	tURL                 // http(s)://..., www....
)

// token is one piece of a unit's text. space is true when whitespace or the
// start of the text comes before it; sent numbers the sentences, and lead
// is the index of the first token of the token's sentence.
type token struct {
	start, end int32
	sent       int32
	lead       int32
	kind       tokKind
	space      bool
}

func (t token) text(s string) string { return s[t.start:t.end] }

// maxText is the longest text Recognize reads: token offsets are int32.
const maxText = 1<<31 - 1

// tokenize cuts text into tokens in one pass.
func tokenize(s string) []token {
	if len(s) > maxText {
		s = s[:maxText]
	}
	toks := make([]token, 0, len(s)/4+4)
	space, sent, i := true, int32(0), 0
	lead, leadSent := int32(0), int32(0)
	for i < len(s) {
		c := s[i]
		if c == '\n' && i+1 < len(s) && s[i+1] == '\n' {
			sent++
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		if sent != leadSent {
			lead, leadSent = int32(len(toks)), sent
		}
		t := token{start: int32(i), space: space, sent: sent, lead: lead}
		end := i + size
		switch {
		case isDigit(c):
			t.kind, end = tNum, scanNumber(s, i)
		case isURLStart(s, i):
			t.kind, end = tURL, scanURL(s, i)
		case isLetter(r):
			t.kind, end = tWord, scanWord(s, i+size, c < utf8.RuneSelf)
		default:
			t.kind = tSym
		}
		t.end = int32(end)
		toks = append(toks, t)
		i, space = end, false
		if t.kind == tSym && endsSentence(s, t) {
			sent++
		}
	}
	return toks
}

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isASCIIAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isAlnum(c byte) bool      { return isDigit(c) || isASCIIAlpha(c) }

// isLetter: µ (U+00B5) is not a letter to unicode, but it starts "µs".
func isLetter(r rune) bool { return unicode.IsLetter(r) || r == 'µ' }

func scanNumber(s string, i int) int {
	for i < len(s) {
		if isDigit(s[i]) {
			i++
		} else if (s[i] == ',' || s[i] == '.') && i+1 < len(s) && isDigit(s[i+1]) {
			i++
		} else {
			break
		}
	}
	return i
}

// scanWord continues a word from i. ASCII words take digits (p99, h2load)
// and inner . _ before an ASCII letter or digit (Node.js, p99.9, v2.0) and
// inner / - ' before a letter (req/s, cold-start; sub-10ms is three tokens); a word in another script stops at a digit, so a Chinese
// word runs into no figure.
func scanWord(s string, i int, ascii bool) int {
	for i < len(s) {
		c := s[i]
		switch {
		case isASCIIAlpha(c) || (ascii && isDigit(c)):
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isLetter(r) {
				return i
			}
			ascii = false
			i += size
		case (c == '.' || c == '_') && ascii && i+1 < len(s) && isAlnum(s[i+1]) && isAlnum(s[i-1]),
			(c == '/' || c == '-' || c == '\'') && ascii && i+1 < len(s) && isASCIIAlpha(s[i+1]) && isAlnum(s[i-1]):
			i++
		default:
			return i
		}
	}
	return i
}

func isURLStart(s string, i int) bool {
	rest := s[i:]
	if i > 0 && isAlnum(s[i-1]) {
		return false
	}
	return strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") ||
		strings.HasPrefix(rest, "www.")
}

// scanURL runs to whitespace or a closing bracket or quote, leaving trailing
// sentence punctuation out.
func scanURL(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c <= ' ' || c == ')' || c == '>' || c == ']' || c == '"' || c == '\'' || c == '<' || c == '|' {
			break
		}
		j++
	}
	for j > i && strings.IndexByte(".,;:!?", s[j-1]) >= 0 {
		j--
	}
	return j
}

// endsSentence: . ! ? ; and their CJK forms end a sentence; a '.' only
// before whitespace or the end. A table pipe ends one too.
func endsSentence(s string, t token) bool {
	switch t.text(s) {
	case "!", "?", ";", "|", "。", "！", "？", "；":
		return true
	case ".":
		e := int(t.end)
		return e == len(s) || s[e] == ' ' || s[e] == '\n' || s[e] == '\t' || s[e] == '\r'
	}
	return false
}
