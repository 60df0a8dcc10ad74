package output

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape makes text from the scanned repository (file names, source lines,
// messages that quote code) safe to print on a terminal: control characters
// (C0 but tab, DEL, C1), line breaks, bidirectional overrides, which can
// make a line read differently from what it is, and bytes that are not
// UTF-8 are written as Go escapes (\x1b, \n, \u202e, \xff). Everything else,
// other scripts included, is kept as it is. A file name with a newline then
// stays on its "path:line:col" line, and "\e]0;...\a" or "\e[2J" cannot
// retitle or clear the user's terminal.
func Escape(s string) string { return escape(s, false) }

// escapeKeepBreaks is Escape leaving "\n" and "\r" to a format that encodes
// them losslessly itself (GitHub workflow commands: %0A, %0D).
func escapeKeepBreaks(s string) string { return escape(s, true) }

func escape(s string, keepBreaks bool) string {
	clean := true
	for i := 0; i < len(s) && clean; {
		size, ok := safeAt(s[i:], keepBreaks)
		clean = ok
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		i += escapeFirst(&b, s[i:], keepBreaks)
	}
	return b.String()
}

// escapeFirst writes the first character of s to b, escaped when unsafe,
// and returns its length in bytes (1 for a byte that is not UTF-8).
func escapeFirst(b *strings.Builder, s string, keepBreaks bool) int {
	size, ok := safeAt(s, keepBreaks)
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case ok:
		b.WriteString(s[:size])
	case r == utf8.RuneError && size == 1:
		fmt.Fprintf(b, `\x%02x`, s[0])
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x80:
		fmt.Fprintf(b, `\x%02x`, r)
	default:
		fmt.Fprintf(b, `\u%04x`, r)
	}
	return size
}

// safeAt tells whether the first character of s may be printed as it is,
// and its length in bytes.
func safeAt(s string, keepBreaks bool) (size int, ok bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && size <= 1:
		return max(size, 1), false
	case r == '\n' || r == '\r':
		return size, keepBreaks
	}
	return size, !unsafeRune(r)
}

// unsafeRune is a control character other than tab, or a bidirectional
// embedding, override or isolate.
func unsafeRune(r rune) bool {
	return (r < 0x20 && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
