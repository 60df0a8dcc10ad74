// Package ruletest runs a rule over the small repositories under a rule
// package's testdata/ and checks its findings against expectations written
// as comments on the lines they expect:
//
//	time.sleep(1)  # want "blocking call"
//	std::thread::sleep(d); // want "blocking call"
//	23,450 req/s <!-- want "no benchmark measures" -->
//	# want +2 "CVT201"      (a finding two lines below the comment)
//
// Each case is read as the command line reads a project: its
// .covet-lint.toml or pyproject.toml sets options, levels, per-file-ignores,
// include, exclude and respect-gitignore. Expectations are read from
// comment nodes, so a string holding the text expects nothing. Unexpected
// findings and unmet expectations fail; so does a case that loads no file
// of the rules' languages, or has no expectation and is not named ok_*, so
// that no case passes vacuously.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/covet-lint/covet-lint/analyzers/frontends"
	"github.com/covet-lint/covet-lint/internal/check"
	"github.com/covet-lint/covet-lint/internal/config"
	"github.com/covet-lint/covet-lint/rules"
)

// FrontEnds are run in every case, whatever the rule requires, so that the
// expectations of every language are read.
var FrontEnds = frontends.All

// Option changes how Run runs the cases.
type Option func(*harness)

type harness struct {
	rules []*rules.Rule
	known []*rules.Rule
}

// With runs other rules alongside the rule under test; their findings
// must be expected too.
func With(others ...*rules.Rule) Option {
	return func(h *harness) { h.rules = append(h.rules, others...) }
}

// Known names every rule that exists, as the command line knows all of
// them: configuration and suppressions may name rules that do not run.
// Without it only the rules that run are known.
func Known(all ...*rules.Rule) Option {
	return func(h *harness) { h.known = append(h.known, all...) }
}

func newHarness(rule *rules.Rule, opts []Option) *harness {
	h := &harness{rules: []*rules.Rule{rule}}
	for _, o := range opts {
		o(h)
	}
	for _, r := range h.rules {
		if !slices.Contains(h.known, r) {
			h.known = append(h.known, r)
		}
	}
	return h
}

// Run runs every case under dir (usually "testdata") as its own repository,
// each as a parallel sub-test: cases with different options run at once,
// as two runs in one process may.
func Run(t *testing.T, rule *rules.Rule, dir string, opts ...Option) {
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
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			RunCase(t, rule, filepath.Join(dir, e.Name()), opts...)
		})
	}
	if n == 0 {
		t.Fatalf("no cases under %s", dir)
	}
}

// RunCase runs one case and reports mismatches as test errors.
func RunCase(t testing.TB, rule *rules.Rule, dir string, opts ...Option) {
	t.Helper()
	h := newHarness(rule, opts)
	rep, err := h.check(dir)
	if err != nil {
		t.Fatalf("%v", err)
	}
	for _, e := range rep.Errors {
		t.Errorf("internal error: %s", e)
	}
	if !h.loadsLanguage(rep) {
		t.Fatalf("case loads no file of the rules' languages")
	}
	wants, err := Wants(rep)
	if err != nil {
		t.Fatalf("%v", err)
	}
	if len(wants) == 0 && !strings.HasPrefix(filepath.Base(dir), "ok_") {
		t.Fatalf("case has no expectation; name it ok_* if it expects no finding")
	}
	for _, msg := range Match(rep.Findings, wants) {
		t.Errorf("%s", msg)
	}
}

// check runs the rules over dir with the case's configuration, as the
// command line would.
func (h *harness) check(dir string) (*check.Report, error) {
	opts := check.Options{Root: dir, Rules: h.rules, Known: h.known, Extra: FrontEnds, Jobs: 2}
	if p := config.Find(dir); p != "" {
		cfg, err := config.Load(p, h.known)
		if err != nil {
			return nil, fmt.Errorf("configuration: %v", err)
		}
		opts.Levels, opts.FileIgnores, opts.RuleOptions = cfg.Levels, cfg.FileIgnores(dir), cfg.Options
		opts.Include, opts.Exclude = cfg.DiscoveryGlobs(dir)
		opts.NoGitignore = cfg.RespectGitignore != nil && !*cfg.RespectGitignore
	}
	rep, err := check.Run(opts)
	if err != nil {
		return nil, fmt.Errorf("check: %v", err)
	}
	return rep, nil
}

func (h *harness) loadsLanguage(rep *check.Report) bool {
	for _, r := range h.rules {
		for _, l := range r.Languages {
			if len(rep.Set.Lang(l)) > 0 {
				return true
			}
		}
	}
	return false
}
