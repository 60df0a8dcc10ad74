package output

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape makes text from the scanned repository (file names, source lines,
// messages that quote code) safe to print on a terminal or in a workflow
// command: control characters (C0 but tab, DEL, C1), bidirectional
// overrides, which can make a line read differently from what it is, and
// bytes that are not UTF-8 are written as Go escapes (\x1b, \n, \u202e,
// \xff). Everything else, other scripts included, is kept as it is.
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unsafeRune(r):
			if r < 0x80 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || r == '\n' || r == '\r' || unsafeRune(r) {
			return true
		}
		i += size
	}
	return false
}

// unsafeRune is a control character other than tab, or a bidirectional
// embedding, override or isolate.
func unsafeRune(r rune) bool {
	return (r < 0x20 && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
