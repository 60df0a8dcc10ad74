package markdown

// MaxDepth is the deepest container nesting (block quotes, list items) a
// file may have before it is skipped unparsed. The block grammar's external
// scanner serialises its stack of open blocks, four bytes each, into
// tree-sitter's 1024-byte buffer and counts them in a uint8: at 255 open
// blocks it writes past the buffer and at 256 it crashes in C, which
// recover() cannot catch (TestCrashDepth finds the exact depth). 100 keeps a
// wide margin; real documents nest a handful of levels.
const MaxDepth = 100

// nestingDepth over-estimates, cheaply and without parsing, the deepest
// container nesting of any line: each > or list marker at the start of a
// line opens at most one block, and each block continued from earlier lines
// needs at least two columns of indentation (a list item) or a > of its own.
// It stops counting once the depth passes limit.
func nestingDepth(src []byte, limit int) int {
	deepest := 0
	for i := 0; i < len(src); {
		d, next := lineDepth(src, i)
		if d > deepest {
			deepest = d
			if deepest > limit {
				return deepest
			}
		}
		i = next
	}
	return deepest
}

// lineDepth estimates the containers open on the line starting at i and
// returns the start of the next line.
func lineDepth(src []byte, i int) (depth, next int) {
	cols := 0 // indentation columns not yet counted as containers
	flush := func() {
		depth += cols / 2
		cols = 0
	}
	for i < len(src) && src[i] != '\n' {
		switch c := src[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4 - cols%4
			i++
		case c == '>':
			flush()
			depth++
			i = skipSpace(src, i+1)
		case c == '-' || c == '*' || c == '+':
			if !markerEnd(src, i+1) {
				return depth + cols/2, lineEnd(src, i)
			}
			flush()
			depth++
			i = skipSpace(src, i+1)
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && j-i < 9 && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			if j >= len(src) || (src[j] != '.' && src[j] != ')') || !markerEnd(src, j+1) {
				return depth + cols/2, lineEnd(src, i)
			}
			flush()
			depth++
			i = skipSpace(src, j+1)
		default:
			return depth + cols/2, lineEnd(src, i)
		}
	}
	return depth + cols/2, lineEnd(src, i)
}

// markerEnd reports whether a list marker ending before i is followed by a
// blank or the end of its line, as a marker must be.
func markerEnd(src []byte, i int) bool {
	return i >= len(src) || src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r'
}

// skipSpace skips the one space that belongs to a marker.
func skipSpace(src []byte, i int) int {
	if i < len(src) && src[i] == ' ' {
		return i + 1
	}
	return i
}

func lineEnd(src []byte, i int) int {
	for i < len(src) && src[i] != '\n' {
		i++
	}
	return i + 1
}
