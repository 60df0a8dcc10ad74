package manifest

import "golang.org/x/tools/go/analysis"

// Of returns the front-end's result; the pass's analyzer must require
// Analyzer.
func Of(pass *analysis.Pass) *Result {
	return pass.ResultOf[Analyzer].(*Result)
}
