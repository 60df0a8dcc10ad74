package report

import (
	"go/token"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
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

// Columns on long lines come from the code-point index: they must be what
// counting from the line start gives, for any bytes and any offset.
func TestLocatorColumnsMatchCounting(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "é", "日", "😀", "\xff", "\xe6\x97", "\n", "\r", "\r\n", "\ufeff", "\t"}
	for round := 0; round < 20; round++ {
		var b strings.Builder
		if round%2 == 0 {
			b.WriteString("\ufeff")
		}
		for b.Len() < 9000 {
			p := pieces[rng.IntN(len(pieces))]
			if strings.ContainsAny(p, "\r\n") && rng.IntN(20) > 0 {
				continue // mostly long lines
			}
			b.WriteString(p)
		}
		src := b.String()
		fset, set, f := oneFile("a.py", src)
		loc := NewLocator(fset, set)
		for off := 0; off <= len(src); off++ {
			got, _ := loc.Locate(f.Pos(off), token.NoPos)
			line := f.Tok.Line(f.Pos(off))
			ls := f.Tok.Offset(f.Tok.LineStart(line))
			ls += min(bomAt([]byte(src), ls), off-ls)
			if want := utf8.RuneCountInString(src[ls:off]) + 1; got.Line != line || got.Column != want {
				t.Fatalf("round %d, offset %d: %d:%d, want %d:%d", round, off, got.Line, got.Column, line, want)
			}
		}
	}
}

// BenchmarkLocateLongLine: 4,000 findings spread over one 100 KB line,
// located one by one (Locate, counting from the line start each time) and
// by one Locator (its code-point index).
func BenchmarkLocateLongLine(b *testing.B) {
	src := strings.Repeat("f(); ", 20000) + "\n"
	fset, set, f := oneFile("a.py", src)
	b.Run("Locate", func(b *testing.B) {
		for range b.N {
			for off := 0; off < len(src); off += 25 {
				Locate(fset, set, f.Pos(off), f.Pos(off+3))
			}
		}
	})
	b.Run("Locator", func(b *testing.B) {
		for range b.N {
			loc := NewLocator(fset, set)
			for off := 0; off < len(src); off += 25 {
				loc.Locate(f.Pos(off), f.Pos(off+3))
			}
		}
	})
}
