package sarif

import (
	"strings"
)

// RelativeURI turns a slash-separated relative path into an RFC 3986
// relative reference: every byte except the unreserved characters
// (A-Z a-z 0-9 - . _ ~) and the "/" separator is percent-encoded, so spaces,
// "%", "#", "?", ":" and the UTF-8 bytes of non-ASCII letters cannot be
// misread as URI syntax.
func RelativeURI(path string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		if unreserved(c) || c == '/' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// EscapeText escapes plain message text so that consumers do not read its
// square brackets as embedded links (SARIF §3.11.6): "[" and "]" get a
// backslash, and so does a backslash that would otherwise escape them.
func EscapeText(s string) string {
	if !strings.ContainsAny(s, `[]\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '[' || c == ']':
			b.WriteByte('\\')
		case c == '\\' && i+1 < len(s) && (s[i+1] == '[' || s[i+1] == ']' || s[i+1] == '\\'):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}
