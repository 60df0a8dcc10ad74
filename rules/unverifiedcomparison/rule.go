// Package unverifiedcomparison is CVT104: the documentation compares the
// project with a named peer (FastAPI, Django, ...) that no benchmark in
// the repository runs.
package unverifiedcomparison

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/covet-lint/covet-lint/analyzers/claims"
	"github.com/covet-lint/covet-lint/analyzers/docs"
	"github.com/covet-lint/covet-lint/analyzers/measure"
	"github.com/covet-lint/covet-lint/analyzers/options"
	"github.com/covet-lint/covet-lint/analyzers/source"
	"github.com/covet-lint/covet-lint/rules"
)

//go:embed doc.md
var doc string

const name = "unverified-comparison"

var (
	extraPeers = options.Option[[]string]{Rule: name, Name: "extra-peers",
		Doc: "more projects the docs may compare against, each matched in any letter case"}
	ignorePeers = options.Option[[]string]{Rule: name, Name: "ignore-peers",
		Doc: "built-in peers that are not compared projects here, by name"}
)

// Rule is CVT104.
var Rule = rules.New(rules.Meta{
	Code:      "CVT104",
	Name:      name,
	Title:     "Comparison with a named project that no benchmark in the repository runs",
	Doc:       doc,
	Level:     rules.Warning,
	Languages: []source.Lang{source.Markdown, source.RST},
	Tags:      []string{"performance", "benchmark-integrity", "documentation", "cross-file"},
	// Medium: the comparison may have been run in another repository that
	// the docs neither link nor cite.
	Precision: rules.Medium,
	Default:   true,
	Options:   []rules.Option{extraPeers.Decl(), ignorePeers.Decl()},
}, []*analysis.Analyzer{source.Analyzer, docs.Analyzer, measure.Analyzer}, run)

func run(pass *analysis.Pass) (any, error) {
	set := source.Of(pass)
	ran := measure.Of(pass).PeersRun()
	keep := func(c *docs.Claim) bool {
		return compares(c) && len(c.Subjects) == 0 && !c.CitesOutside() && len(notRun(c, ran)) > 0
	}
	for line := range docs.ByLine(set, claimsOf(pass), keep) {
		var peers []string
		for _, c := range line.Claims {
			for _, p := range notRun(c, ran) {
				if !slices.Contains(peers, p) {
					peers = append(peers, p)
				}
			}
		}
		pass.Report(diagnostic(set.File(line.File.Path), line.Claims[0], peers))
	}
	return nil, nil
}

// claimsOf are the docs' claims, recognised again when the options change
// the peers.
func claimsOf(pass *analysis.Pass) iter.Seq2[*docs.File, *docs.Claim] {
	d := docs.Of(pass)
	extra, ignore := extraPeers.Get(pass), ignorePeers.Get(pass)
	if len(extra) == 0 && len(ignore) == 0 {
		return d.Claims()
	}
	var peers []claims.Peer
	for _, p := range claims.DefaultPeers {
		if !containsFold(ignore, p.Name) {
			peers = append(peers, p)
		}
	}
	for _, e := range extra {
		peers = append(peers, claims.Peer{Name: e})
	}
	return d.ClaimsWith(peers)
}

// compares: a speed-up, a percentage or a comparing word with a peer
// named, or an absolute figure of a peer in a comparison table or next to
// "vs", "than", "compared". A peer named near an absolute figure in prose
// is usually what runs the project ("on Uvicorn, 23,450 req/s"), not what
// it is compared with.
func compares(c *docs.Claim) bool {
	if len(c.Peers) == 0 {
		return false
	}
	switch c.Kind {
	case claims.Comparison, claims.Multiplier, claims.Percentage:
		return true
	}
	if c.InTable {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(c.About)) {
		switch strings.Trim(w, ".,:;()") {
		case "vs", "vs.", "versus", "than", "compared", "against":
			return true
		}
	}
	return false
}

// notRun are the claim's peers that no real benchmark runs.
func notRun(c *docs.Claim, ran map[string]*measure.Benchmark) []string {
	var out []string
	for _, p := range c.Peers {
		if _, ok := ran[p]; !ok {
			out = append(out, p)
		}
	}
	return out
}

func diagnostic(f *source.File, c *docs.Claim, peers []string) analysis.Diagnostic {
	sort.Strings(peers)
	them := "it"
	if len(peers) > 1 {
		them = "them"
	}
	what := c.Raw
	if c.Kind == claims.Comparison {
		what = fmt.Sprintf("%q", c.Raw)
	}
	msg := fmt.Sprintf("%s compares with %s, but no benchmark in the repository runs %s; benchmark %s side by side with the same workload and link the script, or cite the source",
		what, strings.Join(peers, ", "), them, them)
	return analysis.Diagnostic{Pos: f.Pos(c.Span.Start), End: f.Pos(c.Span.End), Message: msg}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
