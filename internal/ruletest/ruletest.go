// Package ruletest runs a rule over the small repositories under a rule
// package's testdata/ and checks its findings against expectations written
// as comments on the lines they expect:
//
//	time.sleep(1)  # want "blocking call"
//	std::thread::sleep(d); // want "blocking call"
//	23,450 req/s <!-- want "no benchmark measures" -->
//
// Expectations are read from comment nodes, so a string holding the text
// expects nothing. Unexpected findings and unmet expectations fail; so does a
// case that loads no file of the rule's languages, or has no expectation and
// is not named ok_*, so that no case passes vacuously.
package ruletest

import (
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/frontends"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/report"
	"github.com/covet-lint/covet-lint/rules"
)

// FrontEnds are run in every case, whatever the rule requires, so that the
// expectations of every language are read.
var FrontEnds = frontends.All

// Want is one expectation.
type Want struct {
	Path string
	Line int
	Re   *regexp.Regexp
	met  bool
}

// Run runs every case under dir (usually "testdata") as its own repository.
func Run(t *testing.T, rule *rules.Rule, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading cases: %v", err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) { RunCase(t, rule, filepath.Join(dir, e.Name())) })
	}
	if n == 0 {
		t.Fatalf("no cases under %s", dir)
	}
}

// RunCase runs one case and reports mismatches as test errors.
func RunCase(t *testing.T, rule *rules.Rule, dir string) {
	t.Helper()
	rep, err := check.Run(check.Options{Root: dir, Rules: []*rules.Rule{rule}, Extra: FrontEnds, Jobs: 2})
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	for _, e := range rep.Errors {
		t.Errorf("internal error: %s", e)
	}
	if !loadsLanguage(rep.Set, rule.Languages) {
		t.Fatalf("case loads no file of the rule's languages %v", rule.Languages)
	}
	wants, err := Wants(rep.Set)
	if err != nil {
		t.Fatal(err)
	}
	if len(wants) == 0 && !strings.HasPrefix(filepath.Base(dir), "ok_") {
		t.Fatalf("case has no expectation; name it ok_* if it expects no finding")
	}
	for _, msg := range Match(rep.Findings, wants) {
		t.Error(msg)
	}
}

func loadsLanguage(set *source.Set, langs []source.Lang) bool {
	for _, l := range langs {
		if len(set.Lang(l)) > 0 {
			return true
		}
	}
	return false
}

var wantRe = regexp.MustCompile(`(?:^|[\s#/!-])want\s+"`)

// Wants collects the expectations of every file of the set from the
// comments its front-ends recorded.
func Wants(set *source.Set) ([]*Want, error) {
	var out []*Want
	for _, f := range set.Files {
		for _, c := range set.Comments(f.Path) {
			loc := wantRe.FindStringIndex(c.Text)
			if loc == nil {
				continue
			}
			res, err := quoted(c.Text[loc[1]-1:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad want comment: %v", f.Path, f.Tok.Line(f.Pos(c.Start)), err)
			}
			line := f.Tok.Line(f.Pos(c.Start))
			for _, re := range res {
				out = append(out, &Want{Path: f.Path, Line: line, Re: re})
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
			if !w.met && w.Path == f.Path && w.Line == f.Line && w.Re.MatchString(f.Code+" "+f.Message) {
				w.met, matched = true, true
				break
			}
		}
		if !matched {
			msgs = append(msgs, fmt.Sprintf("%s:%d:%d: unexpected finding: %s %s", f.Path, f.Line, f.Column, f.Code, f.Message))
		}
	}
	for _, w := range wants {
		if !w.met {
			msgs = append(msgs, fmt.Sprintf("%s:%d: no finding matched %q", w.Path, w.Line, w.Re))
		}
	}
	sort.Strings(msgs)
	return msgs
}
