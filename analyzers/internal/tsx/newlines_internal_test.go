package tsx

import (
	"bytes"
	"testing"
)

func TestNewlineInput(t *testing.T) {
	for in, want := range map[string]string{
		"":               "",
		"a\nb\n":         "a\nb\n",
		"a\r\nb\r\n":     "a\r\nb\r\n",
		"a\rb\r":         "a\nb\n",
		"a\r\r\nb\r":     "a\n\r\nb\n",
		"\r":             "\n",
		"\ufeffa\rb":     "\ufeffa\nb",
		"x = '\r' \r\ny": "x = '\n' \r\ny",
	} {
		src := []byte(in)
		got := newlineInput(src)
		if string(got) != want {
			t.Errorf("newlineInput(%q) = %q, want %q", in, got, want)
		}
		if string(src) != in {
			t.Errorf("newlineInput(%q) changed its argument", in)
		}
	}
	// Nothing to change: the source itself, not a copy.
	src := []byte("a\r\nb\n")
	if got := newlineInput(src); &got[0] != &src[0] {
		t.Error("copied a source without lone carriage returns")
	}
	if got := newlineInput([]byte("a\rb")); !bytes.Equal(got, []byte("a\nb")) {
		t.Errorf("got %q", got)
	}
}
