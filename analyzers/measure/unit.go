package measure

import (
	"slices"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
)

// unit is what one top-level function (or a file's module-level code) does,
// before it is known whether it is a benchmark: the facts of its own calls,
// then those of the repository's functions it calls.
type unit struct {
	path  string
	name  string
	span  source.Span
	named source.Span // the name, where findings are anchored
	// own: read from the unit's calls; the rest is added from callees.
	timed, network, queries, sleeps bool
	loadTool                        string
	harness                         string // "uses the pytest-benchmark fixture", ...
	starts                          string // the load tool it starts itself
	peers                           []string
	// http and db: what its metric names and labels report; byName: what
	// its name (or a file's path) says; micro: the name says in-process.
	http, db, httpByName, dbByName, micro bool
	// timers, loops and suspects are evidence in the unit's own file.
	timers   []source.Span
	loops    []source.Span
	suspects []suspect
	callers  []*unit
}

// suspect is a call that makes a benchmark simulated where it stands.
type suspect struct {
	span source.Span
	why  string
}

// absorb adds what callee does to u; it reports whether u changed.
func (u *unit) absorb(callee *unit) bool {
	changed := false
	flag := func(dst *bool, src bool) {
		if src && !*dst {
			*dst, changed = true, true
		}
	}
	flag(&u.timed, callee.timed)
	flag(&u.network, callee.network)
	flag(&u.queries, callee.queries)
	flag(&u.sleeps, callee.sleeps)
	if u.loadTool == "" && callee.loadTool != "" {
		u.loadTool, changed = callee.loadTool, true
	}
	for _, p := range callee.peers {
		if !slices.Contains(u.peers, p) {
			u.peers, changed = append(u.peers, p), true
		}
	}
	return changed
}

func (u *unit) addPeer(p string) {
	if !slices.Contains(u.peers, p) {
		u.peers = append(u.peers, p)
	}
}

// propagate makes each unit do what the units it calls do, through any
// number of calls: each unit changes a bounded number of times (four flags,
// one tool, the peers), so the work is linear in the calls.
func propagate(units []*unit) {
	queue := slices.Clone(units)
	for len(queue) > 0 {
		u := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, c := range u.callers {
			if c != u && c.absorb(u) {
				queue = append(queue, c)
			}
		}
	}
}

// link records that caller calls callee.
func link(caller, callee *unit) {
	if caller == callee {
		return
	}
	callee.callers = append(callee.callers, caller)
}

// ordered lists a file's units: its module-level code, then its functions
// by scope index (source order).
func ordered(module *unit, funcs map[int]*unit) []*unit {
	keys := make([]int, 0, len(funcs))
	for k := range funcs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := []*unit{module}
	for _, k := range keys {
		out = append(out, funcs[k])
	}
	return out
}

// ioOf reads what a blocking family does: network I/O or a query.
func ioOf(family string) (network, query bool) {
	switch family {
	case "http", "socket":
		return true, false
	case "database":
		return false, true
	}
	return false, false
}

// hasAnyPrefix tells whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
