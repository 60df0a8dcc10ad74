package report

import (
	"reflect"
	"testing"
)

func TestLineStarts(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []int
	}{
		{"", []int{0}},
		{"a", []int{0}},
		{"a\n", []int{0}}, // a final break starts no line
		{"a\nb", []int{0, 2}},
		{"a\r\nb\r\n", []int{0, 3}},
		{"a\rb\rc", []int{0, 2, 4}},
		{"a\r\rb", []int{0, 2, 3}},
		{"a\n\rb", []int{0, 2, 3}}, // "\n" then a lone "\r"
		{"a\r\n\nb\r", []int{0, 3, 4}},
	} {
		if got := LineStarts([]byte(c.src)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("LineStarts(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// A finding on "sleep" of the third line lands on line 3, column 5, and its
// quoted line has no break in it, whatever ends the lines.
func TestPositionsForEveryLineEnding(t *testing.T) {
	for name, nl := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		src := "import time" + nl + "async def f():" + nl + "    sleep(1)" + nl + "x = 1" + nl
		fset, set, f := oneFile("a.py", src)
		off := len("import time"+nl+"async def f():"+nl) + 4
		l, ok := Locate(fset, set, f.Pos(off), f.Pos(off+5))
		if !ok || l.Line != 3 || l.Column != 5 || l.EndLine != 3 || l.EndColumn != 10 {
			t.Errorf("%s: location %+v", name, l)
		}
		if got := LineText(f.Src, f.Tok, 3); got != "    sleep(1)" {
			t.Errorf("%s: line 3 is %q", name, got)
		}
		if got := LineText(f.Src, f.Tok, 4); got != "x = 1" {
			t.Errorf("%s: line 4 is %q", name, got)
		}
	}
}

// A byte order mark is no column, and not part of the quoted line; only
// the first line can hold one.
func TestPositionsAfterByteOrderMark(t *testing.T) {
	src := "\ufeffsleep(1)\n\ufeffsleep(2)\n"
	fset, set, f := oneFile("a.py", src)
	for _, c := range []struct{ off, line, col int }{
		{0, 1, 1}, {1, 1, 1}, {3, 1, 1}, {4, 1, 2}, {11, 1, 9},
		{12, 2, 1}, {15, 2, 2}, // U+FEFF inside the file is a character
	} {
		l, _ := Locate(fset, set, f.Pos(c.off), f.Pos(c.off))
		if l.Line != c.line || l.Column != c.col {
			t.Errorf("offset %d: %d:%d, want %d:%d", c.off, l.Line, l.Column, c.line, c.col)
		}
	}
	if got := LineText(f.Src, f.Tok, 1); got != "sleep(1)" {
		t.Errorf("line 1 is %q", got)
	}
	if got := LineText(f.Src, f.Tok, 2); got != "\ufeffsleep(2)" {
		t.Errorf("line 2 is %q", got)
	}
}
