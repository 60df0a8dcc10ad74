// Package selection decides which rules run from select, ignore and
// extend-select lists of codes, code prefixes and rule names, the way ruff
// does: the most specific selector wins, and on a tie ignore wins.
package selection

import (
	"fmt"
	"strings"

	"github.com/covet-lint/covet-lint/rules"
)

// Lists are the selectors, as configured or given on the command line. A nil
// Select means "the rules marked Default".
type Lists struct {
	Select, ExtendSelect, Ignore []string
}

// exact is the specificity of a full code or a rule name; prefixes score
// their length, so "CVT20" (5) beats "CVT2" (4) and loses to "CVT201".
// "ALL" names every rule, less specifically than any prefix.
const exact = 100

// All is the selector naming every rule, as in ruff.
const All = "ALL"

// Specificity is how specifically sel names r, or -1 when it does not.
func Specificity(sel string, r *rules.Rule) int {
	switch {
	case strings.EqualFold(sel, r.Code) || sel == r.Name:
		return exact
	case sel == All:
		return 0
	case sel != "" && strings.HasPrefix(r.Code, strings.ToUpper(sel)):
		return len(sel)
	}
	return -1
}

// Check returns an error naming the first selector that matches no rule.
func Check(all []*rules.Rule, sels []string) error {
	for _, s := range sels {
		if !matchesAny(all, s) {
			return fmt.Errorf("unknown rule or prefix %q", s)
		}
	}
	return nil
}

func matchesAny(all []*rules.Rule, sel string) bool {
	for _, r := range all {
		if Specificity(sel, r) >= 0 {
			return true
		}
	}
	return false
}

// Enabled returns the rules l turns on, in the order of all.
func Enabled(all []*rules.Rule, l Lists) ([]*rules.Rule, error) {
	for _, list := range [][]string{l.Select, l.ExtendSelect, l.Ignore} {
		if err := Check(all, list); err != nil {
			return nil, err
		}
	}
	var out []*rules.Rule
	for _, r := range all {
		// The default set is the least specific selection of all: any
		// ignore that names the rule, even ALL, wins over it.
		sel := -1
		if l.Select == nil && r.Default {
			sel = 0
		}
		for _, s := range append(append([]string(nil), l.Select...), l.ExtendSelect...) {
			sel = max(sel, Specificity(s, r))
		}
		ign := -1
		for _, s := range l.Ignore {
			ign = max(ign, Specificity(s, r))
		}
		if sel >= 0 && sel > ign {
			out = append(out, r)
		}
	}
	return out, nil
}
