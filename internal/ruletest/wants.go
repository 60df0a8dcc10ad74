package ruletest

import (
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"sort"
	"strconv"

	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// Want is one expectation.
type Want struct {
	Path string
	Line int
	Re   *regexp.Regexp
	// Level, when set, is the level the finding must have; empty matches
	// any level.
	Level rules.Level
	met   bool
}

// wantRe finds "want", an optional "+N" line offset and an optional level
// (error, warning, note) before the first quoted regexp.
var wantRe = regexp.MustCompile(`(?:^|[\s#/!-])want(?:\s+\+([0-9]+))?(?:\s+(error|warning|note))?\s+"`)

// Wants collects the expectations of every file of the run from the
// comments its front-ends found.
func Wants(rep *check.Report) ([]*Want, error) {
	var out []*Want
	for _, f := range rep.Set.Files {
		for _, c := range rep.Comments[f.Path] {
			m := wantRe.FindStringSubmatchIndex(c.Text)
			if m == nil {
				continue
			}
			line := f.Tok.Line(f.Pos(c.Start))
			if m[2] >= 0 {
				n, err := strconv.Atoi(c.Text[m[2]:m[3]])
				if err != nil || line+n > f.Tok.LineCount() {
					return nil, fmt.Errorf("%s:%d: want +%s points past the end of the file", f.Path, line, c.Text[m[2]:m[3]])
				}
				line += n
			}
			res, err := quoted(c.Text[m[1]-1:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad want comment: %v", f.Path, f.Tok.Line(f.Pos(c.Start)), err)
			}
			var level rules.Level
			if m[4] >= 0 {
				level = rules.Level(c.Text[m[4]:m[5]])
			}
			for _, re := range res {
				out = append(out, &Want{Path: f.Path, Line: line, Re: re, Level: level})
			}
		}
	}
	return out, nil
}

// quoted reads one or more Go string literals, each a regexp.
func quoted(s string) ([]*regexp.Regexp, error) {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	src := []byte(s)
	sc.Init(fset.AddFile("", -1, len(src)), src, nil, 0)
	var out []*regexp.Regexp
	for {
		_, tok, lit := sc.Scan()
		if tok != token.STRING {
			break
		}
		v := lit[1 : len(lit)-1]
		if lit[0] == '"' {
			var err error
			if v, err = strconv.Unquote(lit); err != nil {
				return nil, err
			}
		}
		re, err := regexp.Compile(v)
		if err != nil {
			return nil, err
		}
		out = append(out, re)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no quoted regexp after want")
	}
	return out, nil
}

// Match pairs findings with expectations on the same file and line and
// returns one message per unexpected finding and unmet expectation.
func Match(findings []report.Finding, wants []*Want) []string {
	var msgs []string
	for _, f := range findings {
		matched := false
		for _, w := range wants {
			if !w.met && w.Path == f.Path && w.Line == f.Line && (w.Level == "" || w.Level == f.Level) && w.Re.MatchString(f.Code+" "+f.Message) {
				w.met, matched = true, true
				break
			}
		}
		if !matched {
			msgs = append(msgs, fmt.Sprintf("%s:%d:%d: unexpected finding: %s %s (%s)", f.Path, f.Line, f.Column, f.Code, f.Message, f.Level))
		}
	}
	for _, w := range wants {
		if !w.met {
			msgs = append(msgs, fmt.Sprintf("%s:%d: no %sfinding matched %q", w.Path, w.Line, levelWord(w.Level), w.Re))
		}
	}
	sort.Strings(msgs)
	return msgs
}

// levelWord is "note " for a want of level note, "" for any level.
func levelWord(l rules.Level) string {
	if l == "" {
		return ""
	}
	return string(l) + " "
}
