package blocking

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/options"
)

// Names and docs of the two options a rule that reads blocking calls
// declares for itself (Options): each rule has its own values, so one
// rule's extra-blocking never changes another rule's findings.
const (
	ExtraBlockingName = "extra-blocking"
	ExtraAllowedName  = "extra-allowed"
	ExtraBlockingDoc  = "more dotted callees that block, as the front-end resolves them (\"mylib.fetch\", \"mylib.Client().get\", \"mylib.*\")"
	ExtraAllowedDoc   = "dotted callees never reported as blocking, built-in ones included (\"shutil.copy\", \"redis.*\")"
)

// Options are one rule's extra-blocking and extra-allowed options.
type Options struct {
	ExtraBlocking, ExtraAllowed options.Option[[]string]
}

// OptionsFor declares the two options for the rule with this name.
func OptionsFor(rule string) Options {
	return Options{
		ExtraBlocking: options.Option[[]string]{Rule: rule, Name: ExtraBlockingName, Doc: ExtraBlockingDoc},
		ExtraAllowed:  options.Option[[]string]{Rule: rule, Name: ExtraAllowedName, Doc: ExtraAllowedDoc},
	}
}

// Decls lists both options for the rule's metadata.
func (o Options) Decls() []options.Decl {
	return []options.Decl{o.ExtraBlocking.Decl(), o.ExtraAllowed.Decl()}
}

// Calls are the run's blocking calls with the rule's options applied; the
// pass's analyzer must require Analyzer and options.Analyzer.
func (o Options) Calls(pass *analysis.Pass) *View {
	return Of(pass).With(NewExtra(o.ExtraBlocking.Get(pass), o.ExtraAllowed.Get(pass)))
}

// Extra is what a rule's options add to the built-in table for Python
// callees: Allowed are never blocking, Blocking are blocking besides the
// table's.
type Extra struct {
	Blocking, Allowed List
}

// NewExtra reads both lists.
func NewExtra(blocking, allowed []string) Extra {
	return Extra{Blocking: NewList(blocking), Allowed: NewList(allowed)}
}

func (e Extra) empty() bool { return e.Blocking.empty() && e.Allowed.empty() }

// LookupPython is LookupPython with the extras: an allowed callee never
// blocks, a listed one blocks when the table does not say how.
func (e Extra) LookupPython(callee string) (Blocking, bool) {
	if callee == "" {
		return Blocking{}, false
	}
	callee = strings.TrimPrefix(callee, "builtins.")
	if e.Allowed.Match(callee) {
		return Blocking{}, false
	}
	if b, ok := LookupPython(callee); ok {
		return b, true
	}
	if e.Blocking.Match(callee) {
		return configB, true
	}
	return Blocking{}, false
}

// List is a list of dotted callees; an entry ending in ".*" matches every
// callee under that prefix. A "builtins." prefix is dropped, as from
// callees. It is read-only once built.
type List struct {
	exact    map[string]bool
	prefixes []string
	// longest is the longest exact entry: longer callees skip the hash.
	longest int
}

// NewList reads entries; blank ones are skipped.
func NewList(entries []string) List {
	l := List{exact: map[string]bool{}}
	for _, f := range entries {
		f = strings.TrimPrefix(strings.TrimSpace(f), "builtins.")
		switch {
		case f == "":
		case strings.HasSuffix(f, ".*"):
			l.prefixes = append(l.prefixes, strings.TrimSuffix(f, "*"))
		default:
			l.exact[f] = true
			l.longest = max(l.longest, len(f))
		}
	}
	return l
}

func (l List) empty() bool { return len(l.exact) == 0 && len(l.prefixes) == 0 }

// String is the list as entries, sorted and comma-separated.
func (l List) String() string {
	var out []string
	for n := range l.exact {
		out = append(out, n)
	}
	for _, p := range l.prefixes {
		out = append(out, p+"*")
	}
	slices.Sort(out)
	return strings.Join(out, ",")
}

// Match tells whether callee is listed.
func (l List) Match(callee string) bool {
	if len(callee) <= l.longest && l.exact[callee] {
		return true
	}
	for _, p := range l.prefixes {
		if strings.HasPrefix(callee, p) {
			return true
		}
	}
	return false
}
