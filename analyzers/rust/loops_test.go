package rust

import (
	"reflect"
	"testing"
)

func TestLoops(t *testing.T) {
	src := `fn f(xs: Vec<u8>) {
    for x in xs { g(x); }
    while ready() { h(); }
    loop { break; }
}
`
	ff, _ := extract(t, src)
	var got []string
	for _, l := range ff.Loops {
		got = append(got, string(l.Kind)+"|"+src[l.Body.Start:l.Body.End])
	}
	want := []string{"for|{ g(x); }", "while|ready() { h(); }", "loop|{ break; }"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("loops %q, want %q", got, want)
	}
}
