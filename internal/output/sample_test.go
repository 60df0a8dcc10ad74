package output

import (
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// Rules and a report built by hand, with what the testdata repositories do
// not produce yet: related locations, every level, brackets and newlines in
// messages, odd paths.
var (
	ruleError = &rules.Rule{Meta: rules.Meta{
		Code: "CVT101", Name: "fake-benchmark", Title: "Benchmark that measures nothing",
		Doc:   "## What it does\nFinds benchmarks whose timed body\ndoes no work.\n\n## Why is this bad?\nThe number is invented.\n",
		Level: rules.Error, Tags: []string{"benchmark"}, Precision: "medium",
	}}
	ruleWarning = &rules.Rule{Meta: rules.Meta{
		Code: "CVT201", Name: "blocking-call-in-async", Title: "Blocking call inside an async function",
		Doc: "## What it does\nReports blocking calls:\n\n- sleep\n", Level: rules.Warning, Tags: []string{"async", "performance"}, Precision: "high",
	}}
	ruleNote = &rules.Rule{Meta: rules.Meta{
		Code: "CVT301", Name: "leaked-connection", Title: "Connection never closed",
		Doc: "## What it does\nA connection opened and not closed.\n", Level: rules.Note, Precision: "low",
	}}
	sampleRules = []*rules.Rule{ruleWarning, ruleNote, ruleError} // not in code order on purpose
)

func loc(path string, line, col, endLine, endCol int) report.Location {
	return report.Location{Path: path, Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
}

func sampleReport() *check.Report {
	return &check.Report{
		Findings: []report.Finding{
			{
				Code: "CVT101", Name: "fake-benchmark", Level: rules.Error,
				Message:     "benchmark times a constant",
				Location:    loc("bench/run all.py", 3, 1, 3, 20),
				Fingerprint: "00112233445566778899aabbccddeeff",
				Related: []report.Related{
					{Location: loc("bench/run all.py", 1, 1, 1, 5), Message: "the timer starts here"},
					{Location: loc("src/café/app.py", 9, 2, 9, 3), Message: ""},
				},
			},
			{
				Code: "CVT201", Name: "blocking-call-in-async", Level: rules.Warning,
				Message:     "blocking call handlers[0]() in async function; use 100% async, not \\[this]",
				Location:    loc("src/café/50% off, #1.py", 7, 5, 8, 2),
				Fingerprint: "ffeeddccbbaa99887766554433221100",
				Related:     []report.Related{},
			},
			{
				Code: "CVT301", Name: "leaked-connection", Level: rules.Note,
				Message:     "connection opened\nand never closed",
				Location:    loc("src/db:main.py", 2, 3, 2, 3),
				Fingerprint: "0123456789abcdef0123456789abcdef",
			},
		},
		Warnings: []source.Warning{{Path: "src/broken.py", Kind: source.Degraded, Message: "invalid UTF-8 near line 2"}},
		Langs:    map[source.Lang]check.LangStat{source.Python: {Files: 4, Bytes: 400}},
	}
}

func emptyReport() *check.Report {
	return &check.Report{Langs: map[source.Lang]check.LangStat{}}
}
