package options_test

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/internal/driver"
)

var (
	names = options.Option[[]string]{Rule: "probe", Name: "names", Doc: "d", Default: []string{"a"}}
	limit = options.Option[int64]{Rule: "probe", Name: "limit", Doc: "d", Default: 3}
)

// read runs an analyzer that reads both options, with values seeded or
// (nil) with the analyzer run on its own.
func read(t *testing.T, seed *options.Values) ([]string, int64) {
	var gotNames []string
	var gotLimit int64
	a := &analysis.Analyzer{Name: "reader", Doc: "d", Requires: []*analysis.Analyzer{options.Analyzer}, Run: func(pass *analysis.Pass) (any, error) {
		gotNames, gotLimit = names.Get(pass), limit.Get(pass)
		return nil, nil
	}}
	cfg := driver.Config{}
	if seed != nil {
		cfg.Seeds = map[*analysis.Analyzer]any{options.Analyzer: seed}
	}
	res, err := driver.Run(nil, []*analysis.Analyzer{a}, cfg)
	if err != nil || len(res.Errors) > 0 {
		t.Fatalf("%v %v", err, res.Errors)
	}
	return gotNames, gotLimit
}

func TestGet(t *testing.T) {
	if n, l := read(t, nil); !reflect.DeepEqual(n, []string{"a"}) || l != 3 {
		t.Errorf("run alone: %v %d, want the defaults", n, l)
	}
	seed := options.Values{"probe": {"names": []string{"x", "y"}}, "other": {"limit": int64(9)}}
	if n, l := read(t, &seed); !reflect.DeepEqual(n, []string{"x", "y"}) || l != 3 {
		t.Errorf("seeded: %v %d, want [x y] and the default limit (9 is another rule's)", n, l)
	}
}

func TestGetWithoutRequiringPanics(t *testing.T) {
	a := &analysis.Analyzer{Name: "careless", Doc: "d", Run: func(pass *analysis.Pass) (any, error) { return limit.Get(pass), nil }}
	res, err := driver.Run(nil, []*analysis.Analyzer{a}, driver.Config{})
	if err != nil || len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error(), "does not require options.Analyzer") {
		t.Errorf("errors %v", res.Errors)
	}
}

func TestTypes(t *testing.T) {
	for _, c := range []struct {
		decl options.Decl
		val  any
	}{
		{options.Option[string]{}.Decl(), "s"},
		{options.Option[bool]{}.Decl(), true},
		{options.Option[int64]{}.Decl(), int64(1)},
		{options.Option[[]string]{}.Decl(), []string{}},
	} {
		for _, other := range options.Types {
			if got := other.Check(c.val); got != (other == c.decl.Type) {
				t.Errorf("%s.Check(%T) = %v", other, c.val, got)
			}
		}
	}
	if options.TypeInt.Check(1) {
		t.Error("an int is not an int64: the configuration reads integers as int64")
	}
}
