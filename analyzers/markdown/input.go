package markdown

// parserInput returns src, or a copy of the same length that the block
// grammar can parse without crashing. Its scanner reads an ordered-list
// marker with C's isdigit(), which indexes a 384-entry table by the
// code point after each digit: a digit followed by a large code point
// (U+A69A6, U+10FFFF) reads unmapped memory and crashes (found by
// FuzzMarkdown; TestDigitThenHighCodePointCrashes shows it). The copy
// replaces each non-ASCII character right after an ASCII digit with as many
// 'x' bytes: neither is a list-marker delimiter nor block syntax, so the
// blocks and every byte offset stay the same, and the facts are sliced from
// the original src.
func parserInput(src []byte) []byte {
	var out []byte
	for i := 1; i < len(src); i++ {
		if src[i] < 0x80 || src[i-1] < '0' || src[i-1] > '9' {
			continue
		}
		if out == nil {
			out = append([]byte(nil), src...)
		}
		// Replace the lead byte and its continuation bytes.
		out[i] = 'x'
		for j := i + 1; j < len(src) && j < i+4 && src[j]&0xC0 == 0x80; j++ {
			out[j] = 'x'
		}
	}
	if out == nil {
		return src
	}
	return out
}
