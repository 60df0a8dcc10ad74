package python_test

import (
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/python"
	"github.com/covet-lint/covet-lint/internal/driver/drivertest"
)

func TestArgumentOfAndOrder(t *testing.T) {
	src := "import asyncio\n\nasync def h():\n    asyncio.gather(wrap(a()), b().c(), d())\n\nx = e(f())\n"
	res, _ := drivertest.Run[*python.Result](t, python.Analyzer, map[string]string{"m.py": src}, 1)
	ff := res.Files["m.py"]
	byText := map[string]*python.Call{}
	for i := range ff.Calls {
		byText[ff.Calls[i].Text] = &ff.Calls[i]
		if i > 0 && !ff.Calls[i-1].Before(&ff.Calls[i]) {
			t.Errorf("calls %d and %d are not in Before order", i-1, i)
		}
	}
	for inner, outer := range map[string]string{
		"wrap": "asyncio.gather", "a": "wrap", "b().c": "asyncio.gather", "d": "asyncio.gather",
		"b": "asyncio.gather", // through the callee of b().c
		"f": "e", "asyncio.gather": "", "e": "",
	} {
		c := byText[inner]
		if c == nil {
			t.Fatalf("no call %q in %+v", inner, ff.Calls)
		}
		got, ok := ff.ArgumentOf(c)
		if ok != (outer != "") || ok && got.Text != outer {
			t.Errorf("ArgumentOf(%s) = %v %v, want %q", inner, got, ok, outer)
		}
	}
	if s, ok := ff.ScopeOf(byText["wrap"]); !ok || s.Name != "h" {
		t.Errorf("ScopeOf(wrap) = %v %v", s, ok)
	}
	if _, ok := ff.ScopeOf(byText["e"]); ok {
		t.Error("a module-level call has a scope")
	}
}

func TestLastName(t *testing.T) {
	long := strings.Repeat("f()", 1000)
	for in, want := range map[string]string{
		"httpx.Client().get": "get", "print": "print", "": "", "a.b.": "",
		long + ".execute": "execute", long: long[len(long)-256:],
	} {
		if got := python.LastName(in); got != want {
			t.Errorf("LastName(%.40q) = %.40q, want %.40q", in, got, want)
		}
	}
}
