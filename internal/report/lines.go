package report

import "go/token"

// bom is the UTF-8 byte order mark, which editors hide and do not count.
const bom = "\xef\xbb\xbf"

// LineStarts is the line table of src as editors and GitHub see it: "\n",
// "\r\n" and a lone "\r" each end a line. Like token.File.SetLinesForContent
// (which knows only "\n"), a break at the very end starts no new line.
// Register it with tf.SetLines.
func LineStarts(src []byte) []int {
	lines := []int{0}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\n' && c != '\r' {
			continue
		}
		if c == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		if i+1 < len(src) {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// lineBounds is the byte range of a 1-based line of src, without its
// break. tf must hold src's LineStarts.
func lineBounds(tf *token.File, src []byte, line int) (start, end int) {
	start = min(tf.Offset(tf.LineStart(line)), len(src))
	end = len(src)
	if line < tf.LineCount() {
		end = min(tf.Offset(tf.LineStart(line+1)), len(src))
	}
	for end > start && (src[end-1] == '\n' || src[end-1] == '\r') {
		end--
	}
	return start, end
}

// bomAt is the length of a byte order mark at off, which only the start
// of a file can hold.
func bomAt(src []byte, off int) int {
	if off == 0 && len(src) >= len(bom) && string(src[:len(bom)]) == bom {
		return len(bom)
	}
	return 0
}
