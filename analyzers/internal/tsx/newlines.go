package tsx

import "bytes"

// newlineInput returns src, or a copy of the same length in which every
// lone "\r" is "\n", so that the grammars break lines where editors, GitHub
// and covet-lint's line tables do. Python accepts lone-CR line endings but
// the tree-sitter grammar sees one long line (a false syntax error, every
// statement on line 1); in Rust a "//" comment would run on to the next
// "\n" and hide the code after it. "\r\n" is left alone: every grammar
// reads it as one break.
//
// A leading byte order mark needs nothing: the tree-sitter lexer skips it,
// and the Python, Rust and Markdown grammars all parse the file behind it
// without errors, at its true offsets
// (TestLineEndingsAndByteOrderMarkParse).
func newlineInput(src []byte) []byte {
	var out []byte
	for i := bytes.IndexByte(src, '\r'); i >= 0; {
		if i+1 >= len(src) || src[i+1] != '\n' {
			if out == nil {
				out = append([]byte(nil), src...)
			}
			out[i] = '\n'
		}
		next := bytes.IndexByte(src[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if out == nil {
		return src
	}
	return out
}
