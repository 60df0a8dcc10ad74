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

// isWord is true for the bytes of a code or rule name.
func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// looksLikeCode is flake8's code shape: letters then digits (E501, CVT201).
func looksLikeCode(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// indexFold finds word in s from byte from on, ASCII case-insensitively.
func indexFold(s, word string, from int) int {
	for i := from; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

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
	return len(s) > 3 && strings.EqualFold(s[:3], "CVT") && looksLikeCode(s)
}

// Parse finds the directives in one comment: `# noqa: CODES` (Python and
// TOML comments only; codes follow until the first word that is neither a
// code nor a rule name, and codes of other tools are skipped) and
// `covet-lint: ignore[CODES]` (any comment; every entry must name a rule).
// A bare `# noqa` is flake8's blanket form, which covet-lint does not honour.
func Parse(c source.Comment, lang source.Lang, known Known) []Directive {
	var out []Directive
	text := c.Text
	if lang == source.Python || lang == source.TOML {
		for at := indexFold(text, "noqa", 0); at >= 0; at = indexFold(text, "noqa", at+4) {
			hash := at - 1
			for hash >= 0 && isSpace(text[hash]) {
				hash--
			}
			end := at + 4
			if hash < 0 || text[hash] != '#' || end < len(text) && isWord(text[end]) || end >= len(text) || text[end] != ':' {
				continue
			}
			d := Directive{Span: source.Span{Start: c.Start + hash, End: c.Start + end + 1}}
			pos := end + 1
			for {
				i := pos
				for i < len(text) && (text[i] == ',' || isSpace(text[i])) {
					i++
				}
				j := i
				for j < len(text) && isWord(text[j]) {
					j++
				}
				word := text[i:j]
				if word == "" || !(word[0] >= 'a' && word[0] <= 'z' || word[0] >= 'A' && word[0] <= 'Z') {
					break
				}
				r := known.find(word)
				if r == nil && !looksLikeCode(word) {
					break
				}
				if r != nil || ownCode(word) {
					d.Entries = append(d.Entries, Entry{Text: word, Span: source.Span{Start: c.Start + i, End: c.Start + j}, Rule: r})
				}
				pos = j
				d.Span.End = c.Start + pos
			}
			if len(d.Entries) > 0 {
				out = append(out, d)
			}
		}
	}
	for at := indexFold(text, "covet-lint:", 0); at >= 0; at = indexFold(text, "covet-lint:", at+11) {
		i := at + len("covet-lint:")
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		if i+6 > len(text) || !strings.EqualFold(text[i:i+6], "ignore") || i+6 < len(text) && isWord(text[i+6]) {
			continue
		}
		end := i + 6
		d := Directive{Span: source.Span{Start: c.Start + at, End: c.Start + end}}
		if end < len(text) && text[end] == '[' {
			if close := strings.IndexAny(text[end:], "]\n"); close > 0 && text[end+close] == ']' {
				list := text[end+1 : end+close]
				d.Span.End = c.Start + end + close + 1
				for k := 0; k < len(list); {
					for k < len(list) && (list[k] == ',' || isSpace(list[k])) {
						k++
					}
					e := k
					for e < len(list) && list[e] != ',' && !isSpace(list[e]) {
						e++
					}
					if e > k {
						word := list[k:e]
						off := c.Start + end + 1
						d.Entries = append(d.Entries, Entry{Text: word, Span: source.Span{Start: off + k, End: off + e}, Rule: known.find(word)})
					}
					k = e
				}
			}
		}
		out = append(out, d) // an empty one is reported by CVT001
	}
	return out
}

// Collect reads every directive of the set's files from their comments (by
// path, as the front-ends found them), in path and offset order.
func Collect(set *source.Set, comments map[string][]source.Comment, known Known) []*Directive {
	var out []*Directive
	for _, f := range set.Files {
		cs := comments[f.Path]
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
	for end < len(src) && src[end] != '\n' && src[end] != '\r' { // a lone "\r" ends a line too
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
