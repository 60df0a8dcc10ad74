package output

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/output/sarif"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// SARIFOptions is what the SARIF writer needs beyond the report.
type SARIFOptions struct {
	Version string // covet-lint's semver
	// Rules are the enabled rules: tool.driver.rules, sorted by code.
	Rules []*rules.Rule
	// Category, when set, is written as automationDetails.id.
	Category string
	// Levels are the configured levels by code (check.Options.Levels): they
	// replace a rule's defaultConfiguration.level and problem.severity, and
	// a rule set to off is left out, as it reports nothing.
	Levels map[string]rules.Level
}

// FingerprintKey names covet-lint's partial fingerprint. GitHub computes
// primaryLocationLineHash itself; covet-lint never writes it.
const FingerprintKey = "covetLint/v1"

// srcRoot is the base every artifact URI is relative to: the project root,
// which GitHub maps to the repository checkout.
const srcRoot = "%SRCROOT%"

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: one run,
// every enabled rule, findings with root-relative percent-encoded URIs,
// code-point columns, related locations linked from the message, and
// covet-lint's fingerprint; its invocation lists the files that were not
// fully analysed and internal errors as tool notifications.
func SARIF(w io.Writer, rep *check.Report, opts SARIFOptions) error {
	log, err := sarifLog(rep, opts)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func sarifLog(rep *check.Report, opts SARIFOptions) (*sarif.Log, error) {
	rs := append([]*rules.Rule(nil), opts.Rules...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].Code < rs[j].Code })
	index := map[string]int{}
	driver := sarif.ToolComponent{
		Name:            "covet-lint",
		Version:         opts.Version,
		SemanticVersion: opts.Version,
		InformationURI:  rules.InformationURI,
		Rules:           []sarif.ReportingDescriptor{},
	}
	for _, r := range rs {
		level := r.Level
		if l, ok := opts.Levels[r.Code]; ok {
			level = l
		}
		if _, dup := index[r.Code]; dup || level == rules.Off {
			continue
		}
		index[r.Code] = len(driver.Rules)
		driver.Rules = append(driver.Rules, descriptor(r, level))
	}
	run := sarif.Run{
		Tool:        sarif.Tool{Driver: driver},
		Invocations: []sarif.Invocation{invocation(rep)},
		OriginalURIBaseIDs: map[string]sarif.ArtifactLocation{
			srcRoot: {Description: &sarif.Message{Text: "The root of the project covet-lint scanned."}},
		},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarif.Result{},
	}
	if opts.Category != "" {
		run.AutomationDetails = &sarif.AutomationDetails{ID: opts.Category}
	}
	kept, dropped := withinLimits(rep.Findings)
	for _, f := range kept {
		i, ok := index[f.Code]
		if !ok {
			return nil, fmt.Errorf("sarif: finding of %s, which is not among the enabled rules", f.Code)
		}
		run.Results = append(run.Results, result(f, i))
	}
	if dropped > 0 {
		inv := &run.Invocations[0]
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarif.Notification{
			Message: sarif.Message{Text: fmt.Sprintf("%d of %d findings left out of this log: code scanning rejects a run with more than %d results. The most serious are kept; narrow the run with --select, --ignore or per-file-ignores to see the rest.",
				dropped, len(rep.Findings), MaxSARIFResults)},
			Level:      "warning",
			Descriptor: kindRef("results-limit"),
		})
	}
	return &sarif.Log{Schema: sarif.Schema, Version: sarif.Version, Runs: []sarif.Run{run}}, nil
}

func descriptor(r *rules.Rule, level rules.Level) sarif.ReportingDescriptor {
	doc := strings.TrimSpace(r.Doc)
	d := sarif.ReportingDescriptor{
		ID:                   r.Code,
		Name:                 r.Name,
		ShortDescription:     &sarif.Text{Text: r.Title},
		FullDescription:      &sarif.Text{Text: summary(r)},
		Help:                 &sarif.Text{Text: doc, Markdown: doc},
		HelpURI:              rules.DocURL(r.Code),
		DefaultConfiguration: &sarif.ReportingConfiguration{Level: sarifLevel(level)},
		Properties: &sarif.RuleProperties{
			Tags:            append([]string(nil), r.Tags...),
			Precision:       string(r.Precision),
			ProblemSeverity: problemSeverity(level),
		},
	}
	return d
}

// summary is the first paragraph of the rule's doc (its "What it does"),
// unwrapped, as one sentence: a paragraph introducing a list ends in ":",
// which becomes ".". The whole doc is the help. Without a paragraph it is
// the title.
func summary(r *rules.Rule) string {
	var para []string
	for _, line := range strings.Split(r.Doc, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "```") {
			if len(para) > 0 {
				break
			}
			continue
		}
		para = append(para, line)
	}
	if len(para) == 0 {
		return r.Title + "."
	}
	text := strings.Join(para, " ")
	if strings.HasSuffix(text, ":") {
		text = strings.TrimSuffix(text, ":") + "."
	}
	return text
}

func sarifLevel(l rules.Level) string {
	switch l {
	case rules.Error, rules.Warning, rules.Note:
		return string(l)
	}
	return "none"
}

// problemSeverity is GitHub's name for a level on rules.
func problemSeverity(l rules.Level) string {
	switch l {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "recommendation"
}

func result(f report.Finding, ruleIndex int) sarif.Result {
	res := sarif.Result{
		RuleID:    f.Code,
		RuleIndex: ruleIndex,
		Level:     sarifLevel(f.Level),
		Locations: []sarif.Location{{PhysicalLocation: physical(f.Location)}},
	}
	text := sarif.EscapeText(f.Message)
	var links []string
	for i, r := range f.Related {
		if i == MaxRelatedLocations {
			break
		}
		id := i + 1
		label := r.Message
		if label == "" {
			label = fmt.Sprintf("%s:%d", r.Path, r.Line)
		}
		res.RelatedLocations = append(res.RelatedLocations, sarif.Location{
			ID:               id,
			PhysicalLocation: physical(r.Location),
			Message:          &sarif.Message{Text: sarif.EscapeText(label)},
		})
		links = append(links, fmt.Sprintf("[%s](%d)", sarif.EscapeText(label), id))
	}
	if len(links) > 0 {
		text += " Related: " + strings.Join(links, ", ") + "."
	}
	if n := len(f.Related) - len(links); n > 0 {
		text += fmt.Sprintf(" (%d more related locations left out: code scanning rejects more than %d.)", n, MaxRelatedLocations)
	}
	res.Message = sarif.Message{Text: text}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{FingerprintKey: f.Fingerprint}
	}
	return res
}

func physical(l report.Location) sarif.PhysicalLocation {
	reg := &sarif.Region{StartLine: l.Line, StartColumn: l.Column, EndLine: l.EndLine, EndColumn: l.EndColumn}
	if reg.EndLine < reg.StartLine || reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn {
		reg.EndLine, reg.EndColumn = reg.StartLine, reg.StartColumn
	}
	return sarif.PhysicalLocation{
		ArtifactLocation: sarif.ArtifactLocation{URI: sarif.RelativeURI(l.Path), URIBaseID: srcRoot},
		Region:           reg,
	}
}

// Code scanning's hard limits: a run with more results, or a result with
// more locations, is rejected whole.
const (
	MaxSARIFResults     = 25000
	MaxRelatedLocations = 1000
)

// withinLimits keeps at most MaxSARIFResults findings, the most serious
// first (errors, then warnings, then notes; report order within a level),
// in report order, and says how many it left out.
func withinLimits(fs []report.Finding) (kept []report.Finding, dropped int) {
	if len(fs) <= MaxSARIFResults {
		return fs, 0
	}
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return fs[order[a]].Level.Rank() > fs[order[b]].Level.Rank() })
	order = order[:MaxSARIFResults]
	sort.Ints(order)
	for _, i := range order {
		kept = append(kept, fs[i])
	}
	return kept, len(fs) - MaxSARIFResults
}
