package python

import (
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Of returns the front-end's result; the pass's analyzer must require
// Analyzer.
func Of(pass *analysis.Pass) *Result {
	return pass.ResultOf[Analyzer].(*Result)
}

// Before tells whether c comes before o in a file's Calls: source order,
// a call before the calls inside it.
func (c *Call) Before(o *Call) bool {
	if c.CallSpan.Start != o.CallSpan.Start {
		return c.CallSpan.Start < o.CallSpan.Start
	}
	return c.CallSpan.End > o.CallSpan.End
}

// indexOf finds c, a call of ff, by its position: Calls are in Before
// order.
func (ff *FileFacts) indexOf(c *Call) int {
	i := sort.Search(len(ff.Calls), func(i int) bool { return !ff.Calls[i].Before(c) })
	if i < len(ff.Calls) && &ff.Calls[i] == c {
		return i
	}
	panic("python: the call is not one of this file's")
}

// ArgumentOf returns the innermost call whose arguments hold c, f for c in
// f(x, c()), looking only within the body of c's own function. A call whose
// callee holds c is looked through: f(c().x()) also gives f.
func (ff *FileFacts) ArgumentOf(c *Call) (*Call, bool) {
	i := ff.indexOf(c)
	bodyStart := 0
	if s, ok := ff.ScopeOf(c); ok {
		bodyStart = s.Body.Start
	}
	for j := i - 1; j >= 0 && ff.Calls[j].CallSpan.Start >= bodyStart; j-- {
		o := &ff.Calls[j]
		if o.CallSpan.Contains(c.CallSpan) && o.CallSpan != c.CallSpan && !o.Span.Contains(c.CallSpan) {
			return o, true
		}
	}
	return nil, false
}

// ScopeOf is the nearest scope around c, false at module level.
func (ff *FileFacts) ScopeOf(c *Call) (*Scope, bool) {
	if c.Scope < 0 || c.Scope >= len(ff.Scopes) {
		return nil, false
	}
	return &ff.Scopes[c.Scope], true
}

// maxLastName bounds how much of a dotted name LastName reads.
const maxLastName = 256

// LastName is the last segment of a dotted callee or name: "get" for
// "httpx.Client().get". It reads at most the last 256 bytes, so calling it
// on every link of a long call chain (each callee holding the links before
// it) stays linear; a longer segment comes back cut and names nothing.
func LastName(dotted string) string {
	if len(dotted) > maxLastName {
		dotted = dotted[len(dotted)-maxLastName:]
	}
	return dotted[strings.LastIndexByte(dotted, '.')+1:]
}
