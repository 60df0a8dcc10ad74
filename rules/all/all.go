// Package all is the registry: every rule covet-lint ships, in code order.
package all

import (
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/rules"
	"github.com/covet-lint/covet-lint/rules/blockingcallinasync"
	"github.com/covet-lint/covet-lint/rules/blockingcallviahelper"
	"github.com/covet-lint/covet-lint/rules/connectionpercall"
	"github.com/covet-lint/covet-lint/rules/extensionnotbuilt"
	"github.com/covet-lint/covet-lint/rules/hardcodedbenchmarkresult"
	"github.com/covet-lint/covet-lint/rules/pymodulenamemismatch"
	"github.com/covet-lint/covet-lint/rules/silentextensionfallback"
	"github.com/covet-lint/covet-lint/rules/simulatedbenchmark"
	"github.com/covet-lint/covet-lint/rules/unbackedperformanceclaim"
	"github.com/covet-lint/covet-lint/rules/unimportableextension"
	"github.com/covet-lint/covet-lint/rules/unusedsuppression"
	"github.com/covet-lint/covet-lint/rules/unverifiedcomparison"
	"github.com/covet-lint/covet-lint/rules/websocketwithoutcleanup"
)

// Rules is every rule, sorted by code.
var Rules = sorted(
	blockingcallinasync.Rule,
	blockingcallviahelper.Rule,
	hardcodedbenchmarkresult.Rule,
	simulatedbenchmark.Rule,
	unimportableextension.Rule,
	pymodulenamemismatch.Rule,
	extensionnotbuilt.Rule,
	silentextensionfallback.Rule,
	connectionpercall.Rule,
	unbackedperformanceclaim.Rule,
	unusedsuppression.Rule,
	unverifiedcomparison.Rule,
	websocketwithoutcleanup.Rule,
)

func sorted(rs ...*rules.Rule) []*rules.Rule {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Code < rs[j].Code })
	return rs
}

// Find returns the rule with this code or name (codes case-insensitively).
func Find(codeOrName string) *rules.Rule {
	for _, r := range Rules {
		if strings.EqualFold(r.Code, codeOrName) || r.Name == codeOrName {
			return r
		}
	}
	return nil
}
