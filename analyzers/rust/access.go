package rust

import "golang.org/x/tools/go/analysis"

// Of returns the front-end's result; the pass's analyzer must require
// Analyzer.
func Of(pass *analysis.Pass) *Result {
	return pass.ResultOf[Analyzer].(*Result)
}

// ScopeOf is the nearest scope around c, false outside any.
func (ff *FileFacts) ScopeOf(c *Call) (*Scope, bool) {
	if c.Scope < 0 || c.Scope >= len(ff.Scopes) {
		return nil, false
	}
	return &ff.Scopes[c.Scope], true
}
