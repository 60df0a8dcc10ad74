// Package suppress reads suppression comments and applies them to findings:
//
//	time.sleep(1)  # noqa: CVT201
//	# covet-lint: ignore[CVT201, blocking-call-in-async] reason
//	// covet-lint: ignore[CVT201]            (Rust)
//	<!-- covet-lint: ignore[CVT101] -->     (Markdown)
//
// Directives are read only from the comments the front-ends recorded in the
// source.Set, so a string holding the text suppresses nothing. A trailing
// comment covers its line; a comment alone on its line covers the range the
// front-end set in Comment.Covers (Markdown: the next block), else the next
// line that is neither blank nor only a comment. A finding is covered
// through its start line. It also finds what CVT001 reports: suppressions
// that cover nothing and rules that do not exist.
package suppress

import (
	"regexp"
	"sort"
	"strings"

	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// UnusedCode is the code of the rule that reports unused suppressions; the
// check pipeline produces its findings here rather than in its analyzer.
const UnusedCode = "CVT001"

// Entry is one rule named in a directive.
type Entry struct {
	Text string      // as written
	Span source.Span // of Text in the file
	Rule *rules.Rule // nil when Text names no known rule
}

// Directive is one suppression comment.
type Directive struct {
	Path string
	// Span is the directive's text ("noqa: ..." or "covet-lint: ignore[...]").
	Span    source.Span
	Entries []Entry
	// From and To are the 1-based lines covered, inclusive; 0 when the
	// comment covers nothing (alone at the end of a file).
	From, To int
	used     map[string]bool // codes that suppressed a finding
}

// Covers reports whether the directive covers line.
func (d *Directive) Covers(line int) bool { return d.From > 0 && d.From <= line && line <= d.To }

var (
	// noqa is flake8's and ruff's form, only in #-comments.
	noqaRe = regexp.MustCompile(`(?i)#\s*noqa\b(:)?`)
	// ignoreRe is covet-lint's own form; the list is optional so that a
	// directive naming nothing can be reported.
	ignoreRe = regexp.MustCompile(`(?i)covet-lint:\s*ignore\b(\[([^\]\n]*)\])?`)
	tokenRe  = regexp.MustCompile(`^[,\s]*([A-Za-z][A-Za-z0-9_-]*)`)
	codeRe   = regexp.MustCompile(`^[A-Za-z]+[0-9]+$`)
	entryRe  = regexp.MustCompile(`[^,\s]+`)
)

// Known looks rules up by code (any case) or name.
type Known map[string]*rules.Rule

// NewKnown indexes rules by code and name.
func NewKnown(rs []*rules.Rule) Known {
	k := Known{}
	for _, r := range rs {
		k[strings.ToUpper(r.Code)] = r
		k[r.Name] = r
	}
	return k
}

func (k Known) find(s string) *rules.Rule {
	if r := k[s]; r != nil {
		return r
	}
	return k[strings.ToUpper(s)]
}

// ownCode is true for a code in covet-lint's namespace.
func ownCode(s string) bool {
	return len(s) > 3 && strings.EqualFold(s[:3], "CVT") && codeRe.MatchString(s)
}

// Parse finds the directives in one comment. noqa is read in Python and
// TOML comments only. offset is the comment's start in its file.
func Parse(c source.Comment, lang source.Lang, known Known) []Directive {
	var out []Directive
	text := c.Text
	if lang == source.Python || lang == source.TOML {
		for _, m := range noqaRe.FindAllStringSubmatchIndex(text, -1) {
			d := Directive{Span: source.Span{Start: c.Start + m[0], End: c.Start + m[1]}}
			if m[2] < 0 {
				continue // bare noqa: flake8's blanket form, not ours
			}
			// Codes follow until the first word that is neither a code nor
			// a rule name (a reason, another tool's syntax).
			pos := m[1]
			for {
				t := tokenRe.FindStringSubmatchIndex(text[pos:])
				if t == nil {
					break
				}
				word := text[pos+t[2] : pos+t[3]]
				r := known.find(word)
				if r == nil && !codeRe.MatchString(word) {
					break
				}
				if r != nil || ownCode(word) {
					d.Entries = append(d.Entries, Entry{Text: word, Span: source.Span{Start: c.Start + pos + t[2], End: c.Start + pos + t[3]}, Rule: r})
				}
				// Other tools' codes (E501) are skipped silently.
				pos += t[1]
				d.Span.End = c.Start + pos
			}
			if len(d.Entries) > 0 {
				out = append(out, d)
			}
		}
	}
	for _, m := range ignoreRe.FindAllStringSubmatchIndex(text, -1) {
		d := Directive{Span: source.Span{Start: c.Start + m[0], End: c.Start + m[1]}}
		if m[4] >= 0 {
			for _, e := range entryRe.FindAllStringIndex(text[m[4]:m[5]], -1) {
				word := text[m[4]+e[0] : m[4]+e[1]]
				d.Entries = append(d.Entries, Entry{Text: word, Span: source.Span{Start: c.Start + m[4] + e[0], End: c.Start + m[4] + e[1]}, Rule: known.find(word)})
			}
		}
		out = append(out, d) // an empty one is reported by CVT001
	}
	return out
}

// Collect reads every directive of the set's files, in path and offset order.
func Collect(set *source.Set, known Known) []*Directive {
	var out []*Directive
	for _, f := range set.Files {
		cs := set.Comments(f.Path)
		if len(cs) == 0 || f.Tok == nil {
			continue
		}
		var lines *lineInfo
		for _, c := range cs {
			ds := Parse(c, f.Lang, known)
			if len(ds) == 0 {
				continue
			}
			if lines == nil {
				lines = newLineInfo(f, cs)
			}
			from, to := lines.covered(c)
			for i := range ds {
				d := ds[i]
				d.Path, d.From, d.To = f.Path, from, to
				out = append(out, &d)
			}
		}
	}
	return out
}

// lineInfo knows which lines of a file are blank or only comment.
type lineInfo struct {
	f        *source.File
	skipLine map[int]bool // only comment
}

func newLineInfo(f *source.File, cs []source.Comment) *lineInfo {
	li := &lineInfo{f: f, skipLine: map[int]bool{}}
	for _, c := range cs {
		if c.Trailing {
			continue
		}
		first, last := li.line(c.Start), li.line(max(c.Start, c.End-1))
		for l := first; l <= last; l++ {
			li.skipLine[l] = true
		}
		// Code after a comment on its last line makes that line code.
		if strings.TrimSpace(li.restOfLine(c.End)) != "" {
			delete(li.skipLine, last)
		}
	}
	return li
}

func (li *lineInfo) line(off int) int { return li.f.Tok.Line(li.f.Pos(off)) }

func (li *lineInfo) restOfLine(off int) string {
	src := li.f.Src
	if off > len(src) {
		return ""
	}
	end := off
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return string(src[off:end])
}

func (li *lineInfo) lineText(l int) string {
	return li.restOfLine(li.f.Tok.Offset(li.f.Tok.LineStart(l)))
}

// covered is the range of lines a comment covers.
func (li *lineInfo) covered(c source.Comment) (int, int) {
	if c.Covers != (source.Span{}) {
		return li.line(c.Covers.Start), li.line(max(c.Covers.Start, c.Covers.End-1))
	}
	first := li.line(c.Start)
	if c.Trailing {
		return first, first
	}
	last := li.line(max(c.Start, c.End-1))
	if strings.TrimSpace(li.restOfLine(c.End)) != "" {
		return last, last
	}
	for l := last + 1; l <= li.f.Tok.LineCount(); l++ {
		if li.skipLine[l] || strings.TrimSpace(li.lineText(l)) == "" {
			continue
		}
		return l, l
	}
	return 0, 0
}

// Apply drops the findings a directive covers and records which codes each
// directive used. Directives must come from Collect over the same run.
func Apply(findings []report.Finding, dirs []*Directive) []report.Finding {
	byPath := map[string][]*Directive{}
	for _, d := range dirs {
		byPath[d.Path] = append(byPath[d.Path], d)
	}
	kept := findings[:0:0]
	for _, f := range findings {
		suppressed := false
		for _, d := range byPath[f.Path] {
			if !d.Covers(f.Line) {
				continue
			}
			for _, e := range d.Entries {
				if e.Rule != nil && e.Rule.Code == f.Code {
					if d.used == nil {
						d.used = map[string]bool{}
					}
					d.used[f.Code] = true
					suppressed = true
				}
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}
	return kept
}

// Problem is something CVT001 reports about one directive.
type Problem struct {
	Path    string
	Span    source.Span
	Message string
}

// Unused lists the problems of the directives after Apply: entries whose
// rule ran on the file (ran says so) yet suppressed nothing, entries naming
// no rule, and covet-lint directives naming none. Entries naming CVT001 can
// only be judged once CVT001's own findings went through Apply, so they are
// left out, and UnusedSelf reports them afterwards.
func Unused(dirs []*Directive, ran func(path string, r *rules.Rule) bool) []Problem {
	return unused(dirs, ran, false)
}

// UnusedSelf lists the entries naming CVT001 that suppressed nothing.
func UnusedSelf(dirs []*Directive) []Problem {
	return unused(dirs, nil, true)
}

func unused(dirs []*Directive, ran func(path string, r *rules.Rule) bool, self bool) []Problem {
	var out []Problem
	for _, d := range dirs {
		if len(d.Entries) == 0 {
			if !self {
				out = append(out, Problem{Path: d.Path, Span: d.Span, Message: "suppression names no rule: write covet-lint: ignore[CODE] with a code or rule name"})
			}
			continue
		}
		for _, e := range d.Entries {
			switch {
			case e.Rule == nil:
				if !self {
					out = append(out, Problem{Path: d.Path, Span: e.Span, Message: "suppression names unknown rule " + e.Text + " (see covet-lint rules)"})
				}
			case d.used[e.Rule.Code] || self != (e.Rule.Code == UnusedCode):
			case self || ran(d.Path, e.Rule):
				where := "on the line it covers"
				if d.From == 0 {
					where = "here: the comment covers no line"
				}
				out = append(out, Problem{Path: d.Path, Span: e.Span, Message: "unused suppression: no " + e.Rule.Code + " (" + e.Rule.Name + ") finding " + where + "; remove it"})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Span.Start < out[j].Span.Start
	})
	return out
}
