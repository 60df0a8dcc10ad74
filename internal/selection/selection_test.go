package selection

import (
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

func rule(code, name string, def bool) *rules.Rule {
	return rules.New(rules.Meta{Code: code, Name: name, Title: "t", Doc: "d", Level: rules.Warning, Languages: []source.Lang{source.Python}, Default: def}, nil, nil)
}

var testRules = []*rules.Rule{
	rule("CVT001", "unused-suppression", true),
	rule("CVT101", "bench-a", false),
	rule("CVT201", "blocking-call-in-async", true),
	rule("CVT202", "blocking-via-helper", true),
	rule("CVT211", "opt-in-async", false),
}

func codes(rs []*rules.Rule) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return strings.Join(out, ",")
}

func TestEnabled(t *testing.T) {
	cases := []struct {
		name string
		l    Lists
		want string
	}{
		{"defaults", Lists{}, "CVT001,CVT201,CVT202"},
		{"empty select runs nothing", Lists{Select: []string{}}, ""},
		{"select replaces defaults", Lists{Select: []string{"CVT2"}}, "CVT201,CVT202,CVT211"},
		{"select by name", Lists{Select: []string{"blocking-call-in-async"}}, "CVT201"},
		{"select case-insensitive code", Lists{Select: []string{"cvt201"}}, "CVT201"},
		{"extend-select adds to defaults", Lists{ExtendSelect: []string{"CVT101"}}, "CVT001,CVT101,CVT201,CVT202"},
		{"extend-select adds to select", Lists{Select: []string{"CVT001"}, ExtendSelect: []string{"CVT211"}}, "CVT001,CVT211"},
		{"ignore beats default", Lists{Ignore: []string{"CVT202"}}, "CVT001,CVT201"},
		{"ignore ALL beats default", Lists{Ignore: []string{"ALL"}}, ""},
		{"longer ignore prefix beats shorter select", Lists{Select: []string{"CVT2"}, Ignore: []string{"CVT20"}}, "CVT211"},
		{"exact select beats ignore prefix", Lists{Select: []string{"CVT2"}, Ignore: []string{"CVT20"}, ExtendSelect: []string{"CVT202"}}, "CVT202,CVT211"},
		{"name is exact too", Lists{Ignore: []string{"CVT2"}, ExtendSelect: []string{"blocking-via-helper"}}, "CVT001,CVT202"},
		{"tie: ignore wins", Lists{Select: []string{"CVT201"}, Ignore: []string{"blocking-call-in-async"}}, ""},
		{"tie on prefix: ignore wins", Lists{Select: []string{"CVT2"}, Ignore: []string{"CVT2"}}, ""},
		{"select ALL", Lists{Select: []string{"ALL"}, Ignore: []string{"CVT1"}}, "CVT001,CVT201,CVT202,CVT211"},
		{"prefix beats ALL ignore", Lists{Select: []string{"CVT0"}, Ignore: []string{"ALL"}}, "CVT001"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Enabled(testRules, c.l)
			if err != nil {
				t.Fatal(err)
			}
			if codes(got) != c.want {
				t.Errorf("got %q, want %q", codes(got), c.want)
			}
		})
	}
}

func TestUnknownSelector(t *testing.T) {
	for _, l := range []Lists{
		{Select: []string{"CVT9"}},
		{ExtendSelect: []string{"blocking"}},
		{Ignore: []string{"E501"}},
	} {
		if _, err := Enabled(testRules, l); err == nil || !strings.Contains(err.Error(), "unknown rule") {
			t.Errorf("%+v: err = %v, want unknown rule", l, err)
		}
	}
}

func TestSpecificity(t *testing.T) {
	r := testRules[2]
	for sel, want := range map[string]int{"CVT201": exact, "blocking-call-in-async": exact, "CVT20": 5, "CVT2": 4, "C": 1, "ALL": 0, "CVT202": -1, "Blocking-call-in-async": -1} {
		if got := Specificity(sel, r); got != want {
			t.Errorf("Specificity(%q) = %d, want %d", sel, got, want)
		}
	}
}
