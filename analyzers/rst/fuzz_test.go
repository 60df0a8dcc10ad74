package rst

import (
	"os"
	"testing"
)

// FuzzParse reads arbitrary bytes: no panic, and every fact true to the
// source (checkDoc).
func FuzzParse(f *testing.F) {
	if src, err := os.ReadFile("testdata/readme.rst"); err == nil {
		f.Add(string(src))
	}
	f.Add("+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n")
	f.Add("===  ===\na    b\n===  ===\n1    2\n===  ===\n")
	f.Add("Title\n=====\n\n- item::\n\n    code\n\n.. note:: x `a <b>`_ c_ ``d`` :ref:`e <f>` [1]_ |g|\n")
	f.Add("\xEF\xBB\xBF..\r\n  c\r\n| a\r| b\r")
	f.Fuzz(func(t *testing.T, src string) {
		checkDoc(t, src, Parse([]byte(src)))
	})
}
