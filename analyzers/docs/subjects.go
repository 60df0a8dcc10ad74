package docs

import (
	"slices"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/claims"
)

// subjectWindow bounds how far back from a comparison its sentence is
// read for the compared subject, so a long paragraph stays linear.
const subjectWindow = 200

// subjects are the peers named before a relative claim in its sentence,
// other than those it or the previous claim is compared with, after the
// previous claim (from, a file offset): "Uvicorn is 2x faster than Sanic"
// compares two other projects, and is not the project's claim.
func subjects(rec *claims.Recognizer, u claims.Unit, c claims.Claim, from int, prevPeers []string) []string {
	if u.Row != nil || len(c.Peers) == 0 {
		return nil
	}
	switch c.Kind {
	case claims.Comparison, claims.Multiplier, claims.Percentage:
	default:
		return nil
	}
	end := c.Span.Start - u.Offset
	if end <= 0 || end > len(u.Text) {
		return nil
	}
	start := max(0, end-subjectWindow, from-u.Offset)
	text := u.Text[start:end]
	if k := sentenceStart(text); k > 0 {
		text = text[k:]
	}
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '\'' || r == '’' || r > 127)
	}) {
		n, ok := rec.Peer(strings.TrimRight(w, ".'’"))
		if ok && !slices.Contains(c.Peers, n) && !slices.Contains(prevPeers, n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// sentenceStart is where the last sentence of text begins: after the last
// ". ", "! ", "? " or blank line.
func sentenceStart(text string) int {
	for i := len(text) - 2; i >= 0; i-- {
		c, next := text[i], text[i+1]
		if (c == '.' || c == '!' || c == '?' || c == '\n') && (next == ' ' || next == '\n') {
			if c != '\n' || next == '\n' {
				return i + 2
			}
		}
	}
	return 0
}
