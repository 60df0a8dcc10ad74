package python

import (
	"sort"

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

// ArgumentOf returns the call whose arguments c is written in, f for c in
// f(x, c()), looking only within the body of c's own function: no other
// call stands between them. A call in the callee of another (c().x())
// is not its argument.
func (ff *FileFacts) ArgumentOf(c *Call) (*Call, bool) {
	i := ff.indexOf(c)
	bodyStart := 0
	if c.Scope >= 0 {
		bodyStart = ff.Scopes[c.Scope].Body.Start
	}
	for j := i - 1; j >= 0 && ff.Calls[j].CallSpan.Start >= bodyStart; j-- {
		o := &ff.Calls[j]
		if o.CallSpan.Contains(c.CallSpan) && o.CallSpan != c.CallSpan && !o.Span.Contains(c.CallSpan) {
			return o, true
		}
	}
	return nil, false
}
